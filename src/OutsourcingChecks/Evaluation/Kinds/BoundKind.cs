using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>An inequality between two quantities (超过, 近, 以上 statements against other figures).</summary>
public sealed class BoundKind : RuleKind
{
    public override string Name => "bound";
    public override string Description => "left op right, where op is <, <=, > or >=.";
    public override IReadOnlyList<string> Required { get; } = ["left", "op", "right"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var left = context.Expression(rule, "left");
        var right = context.Expression(rule, "right");
        var op = Relations.Parse(context.Text(rule, "op") ?? "");
        if (op is null or Expressions.Relation.Equal)
        {
            context.Bag.Add(Descriptors.BadField, context.LocationOf(rule, "op"), $"rule '{rule.Id}'", "'op' is one of <, <=, >, >=");
            yield break;
        }
        if (left is null || right is null) yield break;
        yield return Relation(rule, Name, left, op.Value, right);
    }
}
