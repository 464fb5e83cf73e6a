using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>倍: 增长 N 倍 is a growth of N (N·100 %); 是 … 的 N 倍 (mode: ratio) is current / previous = N.</summary>
public sealed class MultipleKind : RuleKind
{
    public override string Name => "multiple";
    public override string Description => "增长 N 倍: current / previous - 1 = N; in ratio mode (是 N 倍): current / previous = N.";
    public override IReadOnlyList<string> Required { get; } = ["current", "previous", "multiple"];
    public override IReadOnlyList<string> Optional { get; } = ["mode"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var current = context.Expression(rule, "current");
        var previous = context.Expression(rule, "previous");
        var multiple = context.Expression(rule, "multiple");
        var mode = context.Text(rule, "mode") ?? "growth";
        if (mode is not ("growth" or "ratio"))
        {
            context.Bag.Add(Descriptors.BadField, context.LocationOf(rule, "mode"), $"rule '{rule.Id}'", "'mode' is growth or ratio");
            yield break;
        }
        if (current is null || previous is null || multiple is null) yield break;
        var implied = mode == "growth" ? GrowthKind.GrowthOf(current, previous) : new Binary('/', current, previous);
        yield return Relation(rule, Name, multiple, Expressions.Relation.Equal, implied);
    }
}
