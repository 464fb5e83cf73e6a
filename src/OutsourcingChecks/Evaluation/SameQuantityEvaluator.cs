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
        if (a is not null && b is not null && a.IsPlain && b.IsPlain && a.Unit == b.Unit)
        {
            var (fine, coarse) = a.Value.Decimals >= b.Value.Decimals ? (a, b) : (b, a);
            var rounded = Math.Round(fine.SignedNumber, coarse.Value.Decimals, MidpointRounding.AwayFromZero);
            consistent = rounded == coarse.SignedNumber;
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
        decimal? margin = null;
        if (!consistent && b is not null)
            margin = Math.Round(Math.Max(Interval.Point(b.SignedNumber).DistanceTo(implied), 0m) / StatedValue.Pow10(-b.Value.Decimals), 1);
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
