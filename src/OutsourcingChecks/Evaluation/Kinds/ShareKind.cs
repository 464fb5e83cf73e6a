using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>A stated share is the part over the whole (占 … 的 X%).</summary>
public sealed class ShareKind : RuleKind
{
    public override string Name => "share";
    public override string Description => "The stated share equals the part divided by the whole.";
    public override IReadOnlyList<string> Required { get; } = ["part", "whole", "share"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var part = context.Expression(rule, "part");
        var whole = context.Expression(rule, "whole");
        var share = context.Expression(rule, "share");
        if (part is null || whole is null || share is null) yield break;
        yield return Relation(rule, Name, share, Expressions.Relation.Equal, new Binary('/', part, whole));
    }
}
