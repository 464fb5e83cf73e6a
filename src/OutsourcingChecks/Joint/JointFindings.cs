using System.Globalization;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>
/// A minimal set of statements that cannot all hold, as a finding an editor can follow: every
/// figure with its written value and the values the other statements force on it; the figure
/// whose written value lies nearest to what it is forced to (in its last written digit) is the
/// one stated, the most likely slip.
/// </summary>
internal static class JointFindings
{
    public static Finding Of(Prover prover, IReadOnlyList<int> statements, bool search)
    {
        var network = prover.Network;
        var checks = statements.Select(s => network.Constraints[s].Statement!).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var id = JointCheck.IdOf(checks.Select(c => c.Id));
        var check = new JointCheck(id, checks[0].Location, checks);

        var variables = network.WithDefinitions(statements).SelectMany(c => network.Constraints[c].Variables).Distinct().ToList();
        var figures = variables.Where(v => network.Facts[v] is not null)
            .Select(v => (Variable: v, Fact: network.Facts[v]!))
            .OrderBy(x => x.Fact.SourceLine).ThenBy(x => x.Fact.Id, StringComparer.Ordinal)
            .Select(x => new JointFigure(new FigureRef(x.Fact), Own(x.Fact.Canonical, x.Fact), prover.Forced(statements, x.Variable, search) is { } f ? Own(f, x.Fact) : null))
            .ToList();

        var primary = figures.Where(f => f.Forced is not null)
            .OrderBy(f => Margin(f) ?? decimal.MaxValue)
            .ThenBy(f => Stated(checks, f.Figure.Id) ? 0 : 1)
            .ThenByDescending(f => f.Figure.SourceLine)
            .ThenBy(f => f.Figure.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var message = Message(checks, figures, primary);
        return new Finding(id, JointCheck.RuleName, JointCheck.RuleName, FindingStatus.Inconsistent, check, _ => message,
            primary is null ? null : Display.Written(primary.Figure.Fact), primary?.Written, primary?.Forced,
            primary?.Figure.Unit ?? figures.FirstOrDefault()?.Figure.Unit ?? "", primary is null ? null : Margin(primary),
            figures.Select(f => f.Figure).ToList(), check.Location, null, null)
        {
            Joint = new JointDetail(figures),
        };
    }

    /// <summary>Whether the figure is the stated side of one of the checks (a share, a growth, a total as stated).</summary>
    private static bool Stated(IReadOnlyList<Check> checks, string factId) =>
        checks.Any(c => c is RelationCheck { Stated: Expressions.Ref r } && r.Id == factId);

    /// <summary>How far the written value lies from the forced values, in units of its last written digit.</summary>
    public static decimal? Margin(JointFigure f)
    {
        if (f.Forced is not { } forced) return null;
        var fact = f.Figure.Fact;
        try
        {
            return Math.Round(Interval.Point(fact.SignedNumber).DistanceTo(forced) / StatedValue.Pow10(-fact.Value.Decimals), 1);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Interval Own(Interval canonical, Fact fact) => new(canonical.Lo / fact.Unit.Scale, canonical.Hi / fact.Unit.Scale);

    private static string Message(IReadOnlyList<Check> checks, IReadOnlyList<JointFigure> figures, JointFigure? primary)
    {
        var claims = checks.Count == 2 ? "both checks" : $"all {checks.Count} checks";
        var intro = $"{Ids(checks)} each hold alone, but {claims} cannot hold at once";
        if (primary is null)
            return $"{intro}: no single figure can be changed to reconcile them ({Written(figures)}).";
        var fact = primary.Figure.Fact;
        var others = figures.Where(f => f != primary).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{intro}: with {Written(others)}, {fact.Id} must lie in {Shown(primary.Forced!.Value, fact)} {fact.Unit.Symbol}; " +
            $"{Display.Written(fact)} is stated (line {fact.SourceLine}).");
    }

    private static string Ids(IReadOnlyList<Check> checks) =>
        checks.Count == 2 ? $"{checks[0].Id} and {checks[1].Id}" : string.Join(", ", checks.Take(checks.Count - 1).Select(c => c.Id)) + " and " + checks[^1].Id;

    private static string Written(IReadOnlyList<JointFigure> figures)
    {
        var items = figures.Select(f => Display.Written(f.Figure.Fact)).ToList();
        return items.Count switch
        {
            0 => "no other figure",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    /// <summary>The interval with two decimals more than the figure is written with.</summary>
    public static string Shown(Interval x, Fact fact) => x.ToString(null, fact.Value.Decimals + 2);
}
