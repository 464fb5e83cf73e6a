using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>A percentage-point change: now - before (较上年提高 X 个百分点, 增速高 X 个百分点).</summary>
public sealed class PointsKind : RuleKind
{
    public override string Name => "points";
    public override string Description => "The stated percentage-point change equals now - before.";
    public override IReadOnlyList<string> Required { get; } = ["now", "before", "points"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var now = context.Expression(rule, "now");
        var before = context.Expression(rule, "before");
        var points = context.Expression(rule, "points");
        if (now is null || before is null || points is null) yield break;
        yield return Relation(rule, Name, points, Expressions.Relation.Equal, Sum.Difference(now, before));
    }
}
