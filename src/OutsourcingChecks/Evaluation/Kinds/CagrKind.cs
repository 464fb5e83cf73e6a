using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>Average annual growth over n yearly steps: (end / start)^(1/n) - 1 (年均增长 X%).</summary>
public sealed class CagrKind : RuleKind
{
    public override string Name => "cagr";
    public override string Description => "The stated average annual growth equals (end / start)^(1/years) - 1; years is a whole number or a fact that states one (五年).";
    public override IReadOnlyList<string> Required { get; } = ["start", "end", "years", "rate"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var start = context.Expression(rule, "start");
        var end = context.Expression(rule, "end");
        var rate = context.Expression(rule, "rate");
        var yearsText = context.Text(rule, "years");
        Expr? years;
        if (int.TryParse(yearsText, out var literal))
        {
            if (literal is < 1 or > 100)
            {
                context.Bag.Add(Descriptors.BadField, context.LocationOf(rule, "years"), $"rule '{rule.Id}'", "'years' is a whole number of yearly steps from 1 to 100, or a fact that states one");
                yield break;
            }
            years = new Number(literal);
        }
        else
        {
            // A span the text writes as a figure (过去五年): the fact's whole number of years.
            years = context.Expression(rule, "years") is { } counted ? new Call("whole", [counted]) : null;
        }
        if (start is null || end is null || rate is null || years is null) yield break;
        var implied = new Binary('-', new Call("root", [new Binary('/', end, start), years]), new Number(1m));
        yield return Relation(rule, Name, rate, Expressions.Relation.Equal, implied);
    }
}
