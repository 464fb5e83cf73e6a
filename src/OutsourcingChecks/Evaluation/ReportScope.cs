using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>Looks up facts (their canonical intervals) and derived quantities (evaluated once, on demand).</summary>
public sealed class ReportScope : IQuantityScope
{
    private readonly Dictionary<string, Fact> _facts;
    private readonly Dictionary<string, Derived> _derived;
    private readonly Dictionary<string, Quantity> _memo = new(StringComparer.Ordinal);

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

    /// <summary>The report's derived quantities by id (the first of each id).</summary>
    internal IReadOnlyDictionary<string, Derived> DerivedById => _derived;

    public Quantity? Lookup(string id)
    {
        if (_facts.TryGetValue(id, out var f)) return new Quantity(f.Canonical, f.Unit.Dimension);
        if (_memo.TryGetValue(id, out var q)) return q;
        if (!_derived.ContainsKey(id)) return null;
        DerivedOrder.Evaluate(id, _derived, _memo, Evaluate);
        return _memo[id];
    }

    private Quantity Evaluate(Derived d)
    {
        var value = Evaluator.Evaluate(d.Expression, this);
        if (d.Unit is not null && !d.Unit.Dimension.Equals(value.Dimension))
            throw new EvaluationException(EvaluationProblem.UnitMismatch, $"derived '{d.Id}' is declared in {d.Unit} ({d.Unit.Dimension}) but its expression gives {value.Dimension}"
                + UnitMismatch.Hint(d.Unit.Dimension, value.Dimension));
        return value;
    }

    /// <summary>The facts behind an expression, derived quantities expanded, in order of first mention.</summary>
    /// <remarks>Walks the derived quantities with a stack of its own: a chain of thousands is no deeper for the thread's stack.</remarks>
    public IReadOnlyList<Fact> FactsBehind(params Expr[] exprs)
    {
        var result = new List<Fact>();
        _met.Clear();
        var pending = new Stack<string>();
        foreach (var e in exprs)
        {
            var refs = e.References();
            for (var i = refs.Count - 1; i >= 0; i--) pending.Push(refs[i]);
            while (pending.TryPop(out var id))
            {
                if (!_met.Add(id)) continue;
                if (_facts.TryGetValue(id, out var f)) result.Add(f);
                else if (_derived.TryGetValue(id, out var d))
                {
                    var inner = d.Expression.References();
                    for (var i = inner.Count - 1; i >= 0; i--) pending.Push(inner[i]);
                }
            }
        }
        return result;
    }
}

/// <summary>
/// Evaluates a derived quantity after every derived quantity it depends on, with a stack of its own
/// rather than the thread's: a chain of thousands of derived quantities, each naming the one
/// before, is then evaluated in one pass, each link once, and the evaluator never recurses from one
/// link into the next (each finds the ones it names evaluated already).
/// </summary>
internal static class DerivedOrder
{
    /// <param name="id">a derived quantity not yet in <paramref name="memo"/></param>
    /// <param name="derived">the derived quantities by id</param>
    /// <param name="memo">the values known so far; filled with the value of <paramref name="id"/> and of every derived quantity it needed</param>
    /// <param name="evaluate">one derived quantity's value, once those it names are in <paramref name="memo"/></param>
    /// <param name="needed">whether a derived quantity must be evaluated here (else it is left to the scope's lookup); null: all</param>
    public static void Evaluate(string id, IReadOnlyDictionary<string, Derived> derived, Dictionary<string, Quantity> memo,
        Func<Derived, Quantity> evaluate, Func<string, bool>? needed = null)
    {
        // Depth-first, the references of each pushed in reverse so they are evaluated in the order
        // written (the first problem met is the one a recursive evaluation would meet).
        var stack = new Stack<(string Id, bool Expanded)>();
        var open = new HashSet<string>(StringComparer.Ordinal);
        stack.Push((id, false));
        while (stack.TryPop(out var top))
        {
            if (memo.ContainsKey(top.Id)) continue;
            var d = derived[top.Id];
            if (top.Expanded)
            {
                memo[top.Id] = evaluate(d);
                open.Remove(top.Id);
                continue;
            }
            if (!open.Add(top.Id)) throw new EvaluationException(EvaluationProblem.Form, $"derived '{top.Id}' depends on itself");
            stack.Push((top.Id, true));
            var refs = d.Expression.References();
            for (var i = refs.Count - 1; i >= 0; i--)
            {
                var r = refs[i];
                if (!derived.ContainsKey(r) || memo.ContainsKey(r) || (needed is not null && !needed(r))) continue;
                if (open.Contains(r)) throw new EvaluationException(EvaluationProblem.Form, $"derived '{r}' depends on itself");
                stack.Push((r, false));
            }
        }
    }
}
