using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>
/// A stated per-unit figure is its numerator over its denominator (人均花费 = 旅游总收入 / 接待游客,
/// 每间客房营业收入 = 营业收入 / 客房数): the units divide too, so 亿元 over 万人次 is checked
/// against a figure in 元/人次.
/// </summary>
public sealed class QuotientKind : RuleKind
{
    public override string Name => "quotient";
    public override string Description => "The stated per-unit figure equals the numerator divided by the denominator.";
    public override IReadOnlyList<string> Required { get; } = ["numerator", "denominator", "quotient"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var numerator = context.Expression(rule, "numerator");
        var denominator = context.Expression(rule, "denominator");
        var quotient = context.Expression(rule, "quotient");
        if (numerator is null || denominator is null || quotient is null) yield break;
        yield return Relation(rule, Name, quotient, Expressions.Relation.Equal, new Binary('/', numerator, denominator));
    }
}
