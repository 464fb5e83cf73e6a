using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>
/// A report's scope with some facts standing for other canonical intervals (a figure tried at
/// another value, or every figure at its written point). Derived quantities that depend on a
/// replaced fact are evaluated again; the others come from the report's scope.
/// </summary>
public sealed class SubstitutedScope : IQuantityScope
{
    private readonly ReportScope _inner;
    private readonly Func<Fact, Interval?> _replace;
    // Made on the first derived quantity that depends on a replaced fact: many scopes (a figure
    // tried at one value) never need them.
    private Dictionary<string, Quantity>? _memo;
    private HashSet<string>? _evaluating;
    private readonly Dictionary<string, bool> _affected;

    /// <param name="inner">the report's scope</param>
    /// <param name="replace">the canonical interval a fact stands for instead, or null to keep it</param>
    public SubstitutedScope(ReportScope inner, Func<Fact, Interval?> replace)
        : this(inner, replace, new Dictionary<string, bool>(StringComparer.Ordinal))
    {
    }

    /// <param name="inner">the report's scope</param>
    /// <param name="replace">the canonical interval a fact stands for instead, or null to keep it</param>
    /// <param name="affected">
    /// whether each derived quantity depends on a replaced fact, as far as known: shared by scopes
    /// that replace the same facts (of <paramref name="inner"/>), each at another value
    /// </param>
    internal SubstitutedScope(ReportScope inner, Func<Fact, Interval?> replace, Dictionary<string, bool> affected)
    {
        _inner = inner;
        _replace = replace;
        _affected = affected;
    }

    /// <summary>One fact standing for another canonical interval.</summary>
    public static SubstitutedScope One(ReportScope inner, string factId, Interval canonical) =>
        new(inner, f => f.Id == factId ? canonical : null);

    /// <summary>
    /// One fact standing for another canonical interval, with what is known of the derived
    /// quantities that depend on it (<paramref name="affected"/>, filled as they are looked up):
    /// for many values of the same fact tried one after another.
    /// </summary>
    internal static SubstitutedScope One(ReportScope inner, string factId, Interval canonical, Dictionary<string, bool> affected) =>
        new(inner, f => f.Id == factId ? canonical : null, affected);

    /// <summary>
    /// Every fact standing for its written value alone, without rounding slack: its signed number,
    /// or, for a figure with a qualifier (超过 1000, 约 5.0 %), what the qualifier itself allows
    /// (1440 meets 超过 1000 exactly; it is not a matter of rounding).
    /// </summary>
    public static SubstitutedScope WrittenPoints(ReportScope inner) =>
        new(inner, f => FigureInterval.Scale(FigureInterval.Of(f.SignedNumber, 0m, f.Qualifiers), f.Unit.Scale));

    public Expr? Definition(string id) => _inner.Definition(id);

    public Quantity? Lookup(string id)
    {
        if (_inner.Fact(id) is { } fact)
            return _replace(fact) is { } iv ? new Quantity(iv, fact.Unit.Dimension) : _inner.Lookup(id);
        if (_inner.Derived(id) is not { } derived) return null;
        if (!_affected.TryGetValue(id, out var affected))
            _affected[id] = affected = _inner.FactsBehind(new Ref(id)).Any(f => _replace(f) is not null);
        if (!affected) return _inner.Lookup(id);
        _memo ??= new Dictionary<string, Quantity>(StringComparer.Ordinal);
        _evaluating ??= new HashSet<string>(StringComparer.Ordinal);
        if (_memo.TryGetValue(id, out var q)) return q;
        if (!_evaluating.Add(id)) throw new EvaluationException(EvaluationProblem.Domain, $"derived '{id}' depends on itself");
        try
        {
            return _memo[id] = Evaluator.Evaluate(derived.Expression, this);
        }
        finally
        {
            _evaluating.Remove(id);
        }
    }

    /// <summary>
    /// Both sides of a relation check in this scope and which side of the relation the stated one
    /// lies on (0: the check holds; <see cref="DependentRanges.Side"/>), or null when they cannot
    /// be evaluated here.
    /// </summary>
    public (Interval Stated, Interval Implied, int Side)? Sides(RelationCheck check) => Sides(check, null, null);

    /// <summary>
    /// Both sides of a relation check in this scope and the side the stated one lies on, either
    /// side taken as given when known (a side that depends on no replaced fact, evaluated once in
    /// the report's scope), or null when they cannot be evaluated here.
    /// </summary>
    internal (Interval Stated, Interval Implied, int Side)? Sides(RelationCheck check, Quantity? stated, Quantity? implied)
    {
        try
        {
            var s = stated ?? Evaluator.Evaluate(check.Stated, this);
            var i = implied ?? Evaluator.Evaluate(check.Implied, this);
            if (!s.Dimension.Equals(i.Dimension)) return null;
            return (s.Value, i.Value, DependentRanges.Side(check, s.Value, i.Value, this));
        }
        catch (Exception ex) when (Unevaluable(ex))
        {
            return null;
        }
    }

    /// <summary>An expression's value in a scope, or null when it cannot be evaluated there (as <see cref="Sides(RelationCheck)"/> reads it).</summary>
    internal static Quantity? TryEvaluate(Expr expr, IQuantityScope scope)
    {
        try
        {
            return Evaluator.Evaluate(expr, scope);
        }
        catch (Exception ex) when (Unevaluable(ex))
        {
            return null;
        }
    }

    private static bool Unevaluable(Exception ex) =>
        ex is EvaluationException or OverflowException or DivideByZeroException or ArgumentException;

    /// <summary>Whether the relation check holds in this scope; null when it cannot be evaluated here.</summary>
    public bool? Holds(RelationCheck check) =>
        Sides(check) is var (_, _, side) ? side == 0 : null;
}
