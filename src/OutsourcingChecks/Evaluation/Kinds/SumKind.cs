using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>Parts add up to a total; a non-exhaustive list of parts does not exceed it.</summary>
public sealed class SumKind : RuleKind
{
    public override string Name => "sum";
    public override string Description => "The parts add up to the total (or, when the list is not exhaustive, do not exceed it).";
    public override IReadOnlyList<string> Required { get; } = ["parts", "total"];
    public override IReadOnlyList<string> Optional { get; } = ["exhaustive"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var parts = context.Expressions(rule, "parts");
        var total = context.Expression(rule, "total");
        var exhaustive = context.Text(rule, "exhaustive") ?? "true";
        if (exhaustive is not ("true" or "false"))
        {
            context.Bag.Add(Descriptors.BadField, context.LocationOf(rule, "exhaustive"), $"rule '{rule.Id}'", "'exhaustive' is true or false");
            yield break;
        }
        if (parts is null || total is null || parts.Count == 0) yield break;
        var sum = parts.Count == 1 ? parts[0] : Sum.Of(parts); // one node, however many parts
        yield return Relation(rule, Name, total, exhaustive == "true" ? Expressions.Relation.Equal : Expressions.Relation.GreaterOrEqual, sum);
    }
}
