using OutsourcingChecks.Expressions;

namespace OutsourcingChecks.Model;

/// <summary>A named quantity computed from facts (a prior-year value implied by a growth rate).</summary>
public sealed record Derived(
    string Id,
    Expr Expression,
    string ExpressionText,
    string? Measure,
    IReadOnlyDictionary<string, string> Dims,
    string? Period,
    Unit? Unit,
    Location Location)
{
    public string? QuantityKey => QuantityKeys.Of(Measure, Dims, Period);
}
