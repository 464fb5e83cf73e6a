using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>
/// Two statements of one quantity. At the same unit and decimals they must be written alike
/// (one true value rounds one way); at different decimals the finer must round to the coarser;
/// otherwise (other units, qualifiers, derived values) their intervals must meet.
/// </summary>
public static class SameQuantityEvaluator
{
    public static Finding Evaluate(SameQuantityCheck check, ReportScope scope)
    {
        var a = scope.Fact(check.First);
        var b = scope.Fact(check.Second);
        bool consistent;
        string how;
        decimal? margin = null, alike = null;
        if (a is not null && b is not null && a.IsPlain && b.IsPlain && a.Unit == b.Unit)
        {
            var (fine, coarse) = a.Value.Decimals >= b.Value.Decimals ? (a, b) : (b, a);
            var rounded = Math.Round(fine.SignedNumber, coarse.Value.Decimals, MidpointRounding.AwayFromZero);
            consistent = rounded == coarse.SignedNumber;
            // Where the second statement lies inside the first's interval (22.95 against 22.9), the
            // margin below would be nothing: it is then how many of the coarser figure's last digits
            // the finer one, rounded like it, is off (23.0 against 22.9: 1).
            if (!consistent) alike = Math.Abs(rounded - coarse.SignedNumber) / StatedValue.Pow10(-coarse.Value.Decimals);
            how = a.Value.Decimals == b.Value.Decimals
                ? "written with the same decimals, one true value is written one way"
                : $"{fine.SignedWritten} rounds to {rounded} at {coarse.Value.Decimals} decimals";
        }
        else
        {
            var qa = scope.Lookup(check.First)!.Value;
            var qb = scope.Lookup(check.Second)!.Value;
            if (!qa.Dimension.Equals(qb.Dimension))
                throw new EvaluationException(EvaluationProblem.UnitMismatch, $"{check.First} is in {qa.Dimension} but {check.Second} is in {qb.Dimension}"
                    + UnitMismatch.Hint(qa.Dimension, qb.Dimension));
            consistent = qa.Value.Overlaps(qb.Value);
            how = "their intervals " + (consistent ? "meet" : "do not meet");
        }
        var figures = scope.FactsBehind(new Ref(check.First), new Ref(check.Second));
        var statedFact = b ?? a;
        var (unit, scale) = Display.UnitFor(statedFact, figures, scope.Lookup(check.Second)!.Value.Dimension);
        var first = Shown(check.First, a, scope, scale, unit);
        var second = Shown(check.Second, b, scope, scale, unit);
        var message = consistent
            ? $"the same quantity: {first} and {second} agree ({how})"
            : $"the same quantity is stated twice and differs: {first} vs {second} ({how})";
        var impliedQ = scope.Lookup(check.First)!.Value.Value;
        var implied = new Interval(impliedQ.Lo / scale, impliedQ.Hi / scale);
        if (!consistent && b is not null)
        {
            margin = Math.Round(Interval.Point(b.SignedNumber).DistanceTo(implied) / StatedValue.Pow10(-b.Value.Decimals), 1);
            if (margin == 0m) margin = alike;
        }
        return new Finding(check.Id, check.RuleId, check.Kind, consistent ? FindingStatus.Consistent : FindingStatus.Inconsistent,
            // Composed now: a derived quantity's value is shown, which takes the scope.
            check, _ => message, b is null ? null : Display.Written(b), b is null ? null : new Interval(b.Canonical.Lo / scale, b.Canonical.Hi / scale),
            implied, unit, margin, Display.Refs(figures), check.Location, check.Note, null);
    }

    private static string Shown(string id, Fact? f, ReportScope scope, decimal scale, string unit)
    {
        if (f is not null) return $"{id} = {Display.Written(f)} (line {f.SourceLine})";
        var q = scope.Lookup(id)!.Value.Value;
        return $"{id} = {new Interval(q.Lo / scale, q.Hi / scale).ToString(null)} {unit} (derived)";
    }
}
