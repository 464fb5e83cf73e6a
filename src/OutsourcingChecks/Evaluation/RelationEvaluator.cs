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
                $"the stated side is in {stated.Dimension} but the other side gives {implied.Dimension}: {check.Claim}"
                + UnitMismatch.Hint(stated.Dimension, implied.Dimension));

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
            statedText = Display.Written(statedFact);
            var digit = StatedValue.Pow10(-statedFact.Value.Decimals);
            margin = consistent ? 0m : Math.Round(Interval.Point(statedFact.SignedNumber).DistanceTo(impliedShown) / digit, 1);
        }
        return new Finding(check.Id, check.RuleId, check.Kind, consistent ? FindingStatus.Consistent : FindingStatus.Inconsistent,
            check, Message, statedText, statedShown, impliedShown, unitName, margin,
            Display.Refs(figures), check.Location, check.Note, null);
    }

    /// <summary>The finding's message, from what it holds (an acknowledged finding failed).</summary>
    private static string Message(Finding f)
    {
        var check = (RelationCheck)f.Check;
        var side = f.Stated is not null
            ? $"{check.Stated} is stated as {f.Stated}"
            : $"{check.Stated} is {f.StatedInterval!.Value.ToString(null)} {f.DisplayUnit}";
        var implied = f.Implied!.Value.ToString(null);
        return f.Status == FindingStatus.Consistent
            ? $"{f.Claim} holds: {side}, the other figures give {implied} {f.DisplayUnit}"
            : $"{f.Claim} fails: {side}, but the other figures give {implied} {f.DisplayUnit}"
              + (f.Margin is { } m ? $" (off by {m.ToString(CultureInfo.InvariantCulture)} in the last written digit)" : "");
    }

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

    public static FigureRef[] Refs(IReadOnlyList<Fact> facts)
    {
        var refs = new FigureRef[facts.Count];
        for (var i = 0; i < refs.Length; i++) refs[i] = new FigureRef(facts[i]);
        return refs;
    }
}
