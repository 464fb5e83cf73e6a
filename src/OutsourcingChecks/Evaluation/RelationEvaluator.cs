using System.Globalization;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>Confronts a relation check with the figures: does any choice of true values satisfy it?</summary>
public static class RelationEvaluator
{
    public static Finding Evaluate(RelationCheck check, ReportScope scope)
    {
        var stated = Evaluator.Evaluate(check.Stated, scope);
        var implied = Evaluator.Evaluate(check.Implied, scope);
        if (!stated.Dimension.Equals(implied.Dimension))
            throw new EvaluationException(EvaluationProblem.UnitMismatch,
                $"the stated side is in {stated.Dimension} but the other side gives {implied.Dimension}: {check.Claim}");

        var consistent = Holds(stated.Value, check.Relation, implied.Value);
        var figures = scope.FactsBehind(check.Stated, check.Implied);
        var statedFact = check.Stated is Ref r ? scope.Fact(r.Id) : null;
        var (unitName, scale) = Display.UnitFor(statedFact, figures, stated.Dimension);
        var impliedShown = Scale(implied.Value, scale);
        var statedShown = Scale(stated.Value, scale);
        decimal? margin = null;
        string? statedText = null;
        if (statedFact is not null)
        {
            statedText = $"{Display.Written(statedFact)}";
            var digit = StatedValue.Pow10(-statedFact.Value.Decimals);
            margin = consistent ? 0m : Math.Round(Interval.Point(statedFact.SignedNumber).DistanceTo(impliedShown) / digit, 1);
        }
        var message = consistent
            ? $"{check.Claim} holds: {Side(check, statedText, statedShown, unitName)}, the other figures give {impliedShown.ToString(null)} {unitName}"
            : $"{check.Claim} fails: {Side(check, statedText, statedShown, unitName)}, but the other figures give {impliedShown.ToString(null)} {unitName}"
              + (margin is { } m ? $" (off by {m.ToString(CultureInfo.InvariantCulture)} in the last written digit)" : "");
        return new Finding(check.Id, check.RuleId, check.Kind, consistent ? FindingStatus.Consistent : FindingStatus.Inconsistent,
            message, check.Claim, statedText, statedShown, impliedShown, unitName, margin,
            figures.Select(Display.Ref).ToList(), check.Location, check.Note, null);
    }

    private static string Side(RelationCheck check, string? statedText, Interval shown, string unit) =>
        statedText is not null ? $"{check.Stated} is stated as {statedText}" : $"{check.Stated} is {shown.ToString(null)} {unit}";

    public static bool Holds(Interval s, Relation relation, Interval i) => relation switch
    {
        Relation.Equal => s.Overlaps(i),
        Relation.LessOrEqual => s.Lo is null || i.Hi is null || s.Lo <= i.Hi,
        Relation.Less => s.Lo is null || i.Hi is null || s.Lo < i.Hi,
        Relation.GreaterOrEqual => s.Hi is null || i.Lo is null || s.Hi >= i.Lo,
        Relation.Greater => s.Hi is null || i.Lo is null || s.Hi > i.Lo,
        _ => false,
    };

    private static Interval Scale(Interval x, decimal scale) => new(x.Lo / scale, x.Hi / scale);
}

/// <summary>How figures and intervals are shown to a reader: in the stated figure's own unit.</summary>
public static class Display
{
    public static (string Unit, decimal Scale) UnitFor(Fact? stated, IReadOnlyList<Fact> figures, Dimension dimension)
    {
        if (stated is not null) return (stated.Unit.Symbol, stated.Unit.Scale);
        var like = figures.FirstOrDefault(f => f.Unit.Dimension.Equals(dimension));
        if (like is not null) return (like.Unit.Symbol, like.Unit.Scale);
        return dimension.IsNone ? ("%", 0.01m) : (dimension.ToString(), 1m);
    }

    public static string Written(Fact f) => $"{f.SignedWritten} {f.Unit.Symbol}" + (f.IsPlain ? "" : $" ({string.Join(", ", f.Qualifiers.Where(q => q != Qualifier.Decline).Select(Qualifiers.Name))})");

    public static FigureRef Ref(Fact f) => new(f.Id, f.SignedWritten, f.Unit.Symbol, f.SourceLine, f.Quote, f.Location);
}
