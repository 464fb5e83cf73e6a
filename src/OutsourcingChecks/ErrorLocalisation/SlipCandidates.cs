using System.Globalization;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.ErrorLocalisation;

/// <summary>A value a figure might have been meant to have, and the slip that would explain it.</summary>
internal sealed record Candidate(string Written, SlipKind Slip, string? OtherFactId);

/// <summary>
/// The values a figure was plausibly meant to have, one kind of slip at a time: a digit typed
/// wrong, two digits swapped, a neighbouring figure's value, a share against the wrong total.
/// </summary>
internal static class SlipCandidates
{
    /// <summary>How many report lines above or below count as a neighbouring row.</summary>
    public const int NeighbourLines = 3;

    public static IEnumerable<Candidate> For(Fact fact, LocalisationContext context) =>
        DigitsTyped(fact.Value.Written).Select(w => new Candidate(w, SlipKind.DigitTyped, null))
            .Concat(DigitsSwapped(fact.Value.Written).Select(w => new Candidate(w, SlipKind.DigitsSwapped, null)))
            .Concat(Neighbours(fact, context).Select(n => new Candidate(n.Value.Written, SlipKind.NeighbouringValue, n.Id)))
            .Concat(WrongTotals(fact, context));

    /// <summary>Every value written with one digit changed (no new leading zero).</summary>
    public static IEnumerable<string> DigitsTyped(string written)
    {
        for (var i = 0; i < written.Length; i++)
        {
            if (!char.IsAsciiDigit(written[i])) continue;
            for (var d = '0'; d <= '9'; d++)
            {
                if (d == written[i]) continue;
                var text = written[..i] + d + written[(i + 1)..];
                if (!LeadingZero(text)) yield return text;
            }
        }
    }

    /// <summary>Every value written with two adjacent digits swapped.</summary>
    public static IEnumerable<string> DigitsSwapped(string written)
    {
        for (var i = 0; i + 1 < written.Length; i++)
        {
            if (!char.IsAsciiDigit(written[i]) || !char.IsAsciiDigit(written[i + 1]) || written[i] == written[i + 1]) continue;
            var text = written[..i] + written[i + 1] + written[i] + written[(i + 2)..];
            if (!LeadingZero(text)) yield return text;
        }
    }

    private static bool LeadingZero(string text)
    {
        var digits = text.TrimStart('-');
        var point = digits.IndexOf('.');
        var whole = point < 0 ? digits : digits[..point];
        return whole.Length > 1 && whole[0] == '0';
    }

    /// <summary>Figures in the same unit a few report lines away: a row above or below in a table.</summary>
    public static IEnumerable<Fact> Neighbours(Fact fact, LocalisationContext context) =>
        context.FactsNear(fact.SourceLine, NeighbourLines)
            .Where(f => f.Id != fact.Id && f.Unit == fact.Unit)
            .OrderBy(f => Math.Abs(f.SourceLine - fact.SourceLine)).ThenBy(f => f.SourceLine);

    /// <summary>
    /// For a stated share part / whole: when the written share is the part over another figure of
    /// the whole's kind, the share was computed against the wrong total; the candidate is the
    /// share against the right one.
    /// </summary>
    public static IEnumerable<Candidate> WrongTotals(Fact fact, LocalisationContext context)
    {
        var points = SubstitutedScope.WrittenPoints(context.Scope);
        foreach (var check in context.ChecksOf(fact.Id).OfType<RelationCheck>())
        {
            if (check.Kind != "share" || check.Stated is not Ref r || r.Id != fact.Id || check.Implied is not Binary { Operator: '/' } ratio) continue;
            var part = Point(ratio.Left, points);
            var whole = Point(ratio.Right, points);
            if (part is not { } p || whole is not { } w || w.Value == 0m) continue;
            if (Written(fact, p.Value / w.Value) is not { } right) continue;
            var wholeId = (ratio.Right as Ref)?.Id;
            var partIds = ratio.Left.References().ToHashSet(StringComparer.Ordinal);
            // Other totals: figures of the whole's kind, nearest in the report first, then derived
            // quantities (a prior-year total implied by a growth rate).
            var totals = context.Run.Report.Facts
                .Where(f => f.Id != wholeId && !partIds.Contains(f.Id) && f.Unit.Dimension.Equals(w.Dimension))
                .OrderBy(f => Math.Abs(f.SourceLine - fact.SourceLine))
                .Select(f => (f.Id, Value: (decimal?)(f.SignedNumber * f.Unit.Scale)))
                .Concat(context.Run.Report.Derived.Where(d => d.Id != wholeId && !partIds.Contains(d.Id))
                    .Select(d => (d.Id, Value: Point(new Ref(d.Id), points) is { } q && q.Dimension.Equals(w.Dimension) ? q.Value : (decimal?)null)));
            var wrong = totals.FirstOrDefault(t => t.Value is { } v && Ratio(p.Value, v) is { } r && Written(fact, r) == fact.Value.Written).Id;
            if (wrong is not null) yield return new Candidate(right, SlipKind.WrongTotal, wrong);
        }
    }

    private static decimal? Ratio(decimal a, decimal b)
    {
        if (b == 0m) return null;
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static (decimal Value, Dimension Dimension)? Point(Expr expr, SubstitutedScope scope)
    {
        try
        {
            var q = Evaluator.Evaluate(expr, scope);
            return q.Value.IsBounded ? (q.Value.Mid, q.Dimension) : null;
        }
        catch (Exception ex) when (ex is EvaluationException or OverflowException or DivideByZeroException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// How the figure would be written, with its own decimals, if its true (canonical) value were
    /// <paramref name="canonical"/>; null when it cannot be (a decline would turn into a rise).
    /// </summary>
    public static string? Written(Fact fact, decimal canonical)
    {
        try
        {
            var signed = canonical / fact.Unit.Scale;
            var number = fact.IsDecline ? -signed : signed;
            if (fact.IsDecline && number < 0) return null;
            var rounded = Math.Round(number, fact.Value.Decimals, MidpointRounding.AwayFromZero);
            if (rounded == 0m) rounded = 0m; // no "-0.0"
            return rounded.ToString("F" + fact.Value.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The best estimate of the figure's true value given the others: the middle of the values
    /// that mend every check (when bounded), else the end of them nearest the written value.
    /// </summary>
    public static decimal Target(Fact fact, Interval mending)
    {
        if (mending.IsBounded) return mending.Mid;
        var v = fact.SignedNumber * fact.Unit.Scale;
        return mending.Lo is { } lo && v < lo ? lo : mending.Hi is { } hi && v > hi ? hi : v;
    }

    /// <summary>
    /// The written values (with the figure's decimals) nearest the best estimate of its true
    /// value: the estimate rounded, then one last digit either side.
    /// </summary>
    public static IEnumerable<Candidate> Nearest(Fact fact, Interval mending)
    {
        if (Written(fact, Target(fact, mending)) is not { } written) yield break;
        var centre = decimal.Parse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var digit = StatedValue.Pow10(-fact.Value.Decimals);
        var format = "F" + fact.Value.Decimals.ToString(CultureInfo.InvariantCulture);
        foreach (var w in new[] { centre, centre - digit, centre + digit })
            if (w >= 0 || !fact.IsDecline)
                yield return new Candidate(w.ToString(format, CultureInfo.InvariantCulture), SlipKind.Nearest, null);
    }
}
