using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Expressions;

/// <summary>An interval of canonical values with its dimension: what an expression evaluates to.</summary>
public readonly record struct Quantity(Interval Value, Dimension Dimension)
{
    public static Quantity Pure(decimal x) => new(Interval.Point(x), Dimension.None);
}

/// <summary>Where an evaluator looks up the ids an expression names.</summary>
public interface IQuantityScope
{
    Quantity? Lookup(string id);
}

/// <summary>An expression cannot be evaluated because of its input (units, a zero denominator).</summary>
public sealed class EvaluationException(EvaluationProblem problem, string detail) : Exception(detail)
{
    public EvaluationProblem Problem { get; } = problem;

    /// <summary>
    /// True when the figures' values, not the rule's form, stop the evaluation (a denominator that
    /// may be zero, a base that may be negative, numbers beyond decimal's range): the check cannot
    /// be decided, but the rule is not wrong.
    /// </summary>
    public bool Undecidable => Problem is EvaluationProblem.ZeroDenominator or EvaluationProblem.Overflow or EvaluationProblem.Domain;
}

/// <summary>
/// Why an expression cannot be evaluated. <see cref="UnitMismatch"/>, <see cref="UnknownReference"/>
/// and <see cref="Form"/> are faults of the rule as written; <see cref="ZeroDenominator"/>,
/// <see cref="Overflow"/> and <see cref="Domain"/> come from the figures' values.
/// </summary>
public enum EvaluationProblem
{
    UnitMismatch,
    ZeroDenominator,
    UnknownReference,
    Overflow,

    /// <summary>The values leave a function's domain (a base that may be negative, an exponent that is not a whole number).</summary>
    Domain,

    /// <summary>The rule's form is wrong (a function's arity, a derived quantity that depends on itself).</summary>
    Form,
}

/// <summary>What to do about two dimensions that do not match, for the unit-mismatch message.</summary>
public static class UnitMismatch
{
    /// <summary>A hint for the two usual causes (two currencies; a per-unit figure in a plain unit), or nothing.</summary>
    public static string Hint(Dimension a, Dimension b)
    {
        if (a.IsCurrency && b.IsCurrency)
            return "; currencies stay apart: multiply by an exchange rate the report states, as a fact in a unit such as 元/美元";
        if (a.IsPerUnit != b.IsPerUnit)
            return "; a per-unit figure (人均, 每) takes a unit per unit, such as 元/人 or 万元/间 (docs/format.md#units)";
        return "";
    }
}
