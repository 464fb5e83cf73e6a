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

    /// <summary>Every fact standing for its written value alone (its signed number, no rounding slack).</summary>
    public static SubstitutedScope WrittenPoints(ReportScope inner) =>
        new(inner, f => Interval.Point(f.SignedNumber * f.Unit.Scale));

    public Quantity? Lookup(string id)
    {
        if (_inner.Fact(id) is { } fact)
            return _replace(fact) is { } iv ? new Quantity(iv, fact.Unit.Dimension) : _inner.Lookup(id);
        if (_inner.Derived(id) is null) return null;
        if (!Affected(id)) return _inner.Lookup(id);
        _memo ??= new Dictionary<string, Quantity>(StringComparer.Ordinal);
        if (_memo.TryGetValue(id, out var q)) return q;
        DerivedOrder.Evaluate(id, _inner.DerivedById, _memo, d => Evaluator.Evaluate(d.Expression, this), Affected);
        return _memo[id];
    }

    /// <summary>
    /// Whether a derived quantity depends on a replaced fact, directly or through other derived
    /// quantities: worked out for each once, from those it names, with a stack of its own (a long
    /// chain of derived quantities is neither deep for the thread's stack nor walked again per link).
    /// </summary>
    private bool Affected(string id)
    {
        if (_affected.TryGetValue(id, out var known)) return known;
        var stack = new Stack<(string Id, bool Expanded)>();
        var open = new HashSet<string>(StringComparer.Ordinal);
        stack.Push((id, false));
        while (stack.TryPop(out var top))
        {
            if (_affected.ContainsKey(top.Id)) continue;
            var refs = _inner.Derived(top.Id)!.Expression.References();
            if (top.Expanded)
            {
                var affected = false;
                foreach (var r in refs)
                {
                    affected = _inner.Fact(r) is { } f ? _replace(f) is not null : _affected.GetValueOrDefault(r);
                    if (affected) break;
                }
                _affected[top.Id] = affected;
                open.Remove(top.Id);
                continue;
            }
            if (!open.Add(top.Id)) continue; // a cycle: refused when loading, and by the evaluation
            stack.Push((top.Id, true));
            foreach (var r in refs)
                if (_inner.Derived(r) is not null && !_affected.ContainsKey(r) && !open.Contains(r)) stack.Push((r, false));
        }
        return _affected[id];
    }

    /// <summary>Both sides of a relation check in this scope, or null when they cannot be evaluated here.</summary>
    public (Interval Stated, Interval Implied)? Sides(RelationCheck check) => Sides(check, null, null);

    /// <summary>
    /// Both sides of a relation check in this scope, either taken as given when known (a side
    /// that depends on no replaced fact, evaluated once in the report's scope), or null when
    /// they cannot be evaluated here.
    /// </summary>
    internal (Interval Stated, Interval Implied)? Sides(RelationCheck check, Quantity? stated, Quantity? implied)
    {
        try
        {
            var s = stated ?? Evaluator.Evaluate(check.Stated, this);
            var i = implied ?? Evaluator.Evaluate(check.Implied, this);
            return s.Dimension.Equals(i.Dimension) ? (s.Value, i.Value) : null;
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
        Sides(check) is var (s, i) ? RelationEvaluator.Holds(s, check.Relation, i) : null;
}
