using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>Looks up facts (their canonical intervals) and derived quantities (evaluated once, on demand).</summary>
public sealed class ReportScope : IQuantityScope
{
    private readonly Dictionary<string, Fact> _facts;
    private readonly Dictionary<string, Derived> _derived;
    private readonly Dictionary<string, Quantity> _memo = new(StringComparer.Ordinal);
    private readonly HashSet<string> _evaluating = new(StringComparer.Ordinal);

    /// <summary>
    /// The ids met by <see cref="FactsBehind"/>, cleared for each call: one set for every check
    /// rather than one per check (a scope serves one thread at a time anyway, as it memoises).
    /// </summary>
    private readonly HashSet<string> _met = new(StringComparer.Ordinal);

    public ReportScope(Report report)
    {
        _facts = new Dictionary<string, Fact>(report.Facts.Count, StringComparer.Ordinal);
        foreach (var f in report.Facts) _facts.TryAdd(f.Id, f);
        _derived = new Dictionary<string, Derived>(report.Derived.Count, StringComparer.Ordinal);
        foreach (var d in report.Derived) _derived.TryAdd(d.Id, d);
    }

    /// <summary>
    /// The same facts and derived quantities (the indexes shared, read only: a large report is not
    /// indexed again), with a memo of its own: for another stage or another thread.
    /// </summary>
    public ReportScope WithOwnMemo() => new(this);

    private ReportScope(ReportScope shared)
    {
        _facts = shared._facts;
        _derived = shared._derived;
    }

    /// <summary>The report's facts by id (the first of each id).</summary>
    public IReadOnlyDictionary<string, Fact> Facts => _facts;

    public Fact? Fact(string id) => _facts.GetValueOrDefault(id);

    public Derived? Derived(string id) => _derived.GetValueOrDefault(id);

    public Quantity? Lookup(string id)
    {
        if (_facts.TryGetValue(id, out var f)) return new Quantity(f.Canonical, f.Unit.Dimension);
        if (_memo.TryGetValue(id, out var q)) return q;
        if (!_derived.TryGetValue(id, out var d)) return null;
        if (!_evaluating.Add(id)) throw new EvaluationException(EvaluationProblem.Domain, $"derived '{id}' depends on itself");
        try
        {
            var value = Evaluator.Evaluate(d.Expression, this);
            if (d.Unit is not null && !d.Unit.Dimension.Equals(value.Dimension))
                throw new EvaluationException(EvaluationProblem.UnitMismatch, $"derived '{id}' is declared in {d.Unit} ({d.Unit.Dimension}) but its expression gives {value.Dimension}"
                    + UnitMismatch.Hint(d.Unit.Dimension, value.Dimension));
            return _memo[id] = value;
        }
        finally
        {
            _evaluating.Remove(id);
        }
    }

    /// <summary>The facts behind an expression, derived quantities expanded, in order of first mention.</summary>
    public IReadOnlyList<Fact> FactsBehind(params Expr[] exprs)
    {
        var result = new List<Fact>();
        _met.Clear();
        foreach (var e in exprs)
            foreach (var r in e.References())
                Walk(r, result);
        return result;
    }

    private void Walk(string id, List<Fact> result)
    {
        if (!_met.Add(id)) return;
        if (_facts.TryGetValue(id, out var f)) result.Add(f);
        else if (_derived.TryGetValue(id, out var d))
            foreach (var r in d.Expression.References())
                Walk(r, result);
    }
}
