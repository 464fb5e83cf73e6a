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

    /// <summary>The expression that defines a derived quantity, or null for a fact (or an unknown id).</summary>
    Expr? Definition(string id) => null;
}

/// <summary>An expression cannot be evaluated because of its input (units, a zero denominator).</summary>
public sealed class EvaluationException(EvaluationProblem problem, string detail) : Exception(detail)
{
    public EvaluationProblem Problem { get; } = problem;
}

public enum EvaluationProblem { UnitMismatch, ZeroDenominator, UnknownReference, Overflow, Domain }
