using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>Any relation between two arithmetic expressions, for identities no other kind states.</summary>
public sealed class ExpressionKind : RuleKind
{
    public override string Name => "expression";
    public override string Description => "A general relation 'left REL right' between expressions.";
    public override IReadOnlyList<string> Required { get; } = ["expr"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var text = context.Text(rule, "expr");
        if (text is null) yield break;
        var parsed = ExprParser.TryParseEquation(text, out var why);
        if (parsed is null)
        {
            context.Bag.Add(Descriptors.BadExpression, context.LocationOf(rule, "expr"), $"rule '{rule.Id}'", text, why!);
            yield break;
        }
        var (left, relation, right) = parsed.Value;
        var at = context.LocationOf(rule, "expr");
        if (!context.Known(rule, left, at) | !context.Known(rule, right, at)) yield break;
        yield return Relation(rule, Name, left, relation, right);
    }
}
