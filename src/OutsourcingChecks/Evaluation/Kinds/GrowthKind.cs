using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>A stated growth links two years: current / previous - 1 (同比增长 X%).</summary>
public sealed class GrowthKind : RuleKind
{
    public override string Name => "growth";
    public override string Description => "The stated growth equals current / previous - 1.";
    public override IReadOnlyList<string> Required { get; } = ["current", "previous", "growth"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var current = context.Expression(rule, "current");
        var previous = context.Expression(rule, "previous");
        var growth = context.Expression(rule, "growth");
        if (current is null || previous is null || growth is null) yield break;
        yield return Relation(rule, Name, growth, Expressions.Relation.Equal, GrowthOf(current, previous));
    }

    internal static Expr GrowthOf(Expr current, Expr previous) =>
        Sum.Difference(new Binary('/', current, previous), new Number(1m));
}
