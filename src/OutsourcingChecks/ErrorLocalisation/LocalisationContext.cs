using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.ErrorLocalisation;

/// <summary>
/// What localisation needs to know about a run: which checks each figure takes part in, which
/// checks fail, and whether a figure written otherwise would make its checks hold.
/// </summary>
internal sealed class LocalisationContext
{
    public CheckRun Run { get; }
    public ReportScope Scope { get; }
    public IReadOnlyDictionary<string, Fact> Facts { get; }
    public IReadOnlySet<string> Failing { get; }
    private readonly Dictionary<string, List<Check>> _checksByFact = new(StringComparer.Ordinal);

    /// <summary>The report's facts sorted by line (with their index), sorted once, when first needed, for every worker.</summary>
    private readonly Lazy<(int Line, int Index)[]> _byLine;

    /// <summary>
    /// Each check's solutions per figure (<see cref="FigureSolver.Solve"/> on the report's own
    /// facts), solved once and shared by every worker: the same pair comes up again for each
    /// finding the figure is in and for a quantity stated twice. Made per check when first
    /// solved: most checks of a large report are never solved.
    /// </summary>
    private readonly ConcurrentDictionary<Check, ConcurrentDictionary<string, Interval?>> _solved = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Per figure, which derived quantities depend on it (filled as they are looked up): the same
    /// for every value the figure is tried at. This worker's own, like its scope.
    /// </summary>
    private readonly Dictionary<string, Dictionary<string, bool>> _affectedBy = new(StringComparer.Ordinal);

    /// <summary>
    /// A context for another worker thread: the same facts, failing checks and checks per fact
    /// (read only, shared), with a scope of its own, since a scope memoises derived quantities as
    /// they are first looked up.
    /// </summary>
    public LocalisationContext ForWorker() => new(this);

    private LocalisationContext(LocalisationContext shared)
    {
        Run = shared.Run;
        Scope = shared.Scope.WithOwnMemo();
        Facts = shared.Facts;
        Failing = shared.Failing;
        _checksByFact = shared._checksByFact;
        _solved = shared._solved;
        _byLine = shared._byLine;
    }

    public LocalisationContext(CheckRun run)
    {
        Run = run;
        Scope = run.Scope.WithOwnMemo();
        Facts = Scope.Facts;
        _byLine = new(() => ByLine(run.Report.Facts));
        Failing = run.Findings.Where(f => f.IsDiscrepancy).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        // The facts behind each evaluated check are its finding's figures: found once, by the engine.
        // A finding is the only one with its check, so a check can only repeat in a fact's list right
        // after itself (a figure listed twice): comparing with the last is enough, where a search of
        // the list made a fact in 40,000 checks take minutes.
        foreach (var finding in run.Findings)
            foreach (var figure in finding.Figures)
            {
                var list = CollectionsMarshal.GetValueRefOrAddDefault(_checksByFact, figure.Id, out _) ??= [];
                if (list.Count == 0 || !ReferenceEquals(list[^1], finding.Check)) list.Add(finding.Check);
            }
    }

    /// <summary>
    /// The facts whose report line is within <paramref name="lines"/> of <paramref name="line"/>, in
    /// the report's order of facts (what a scan of every fact gives, found by a binary search of
    /// the facts sorted by line, built once).
    /// </summary>
    public IEnumerable<Fact> FactsNear(int line, int lines)
    {
        var facts = Run.Report.Facts;
        var byLine = _byLine.Value;
        var from = Array.BinarySearch(byLine, (line - lines, -1));
        if (from < 0) from = ~from;
        var near = new List<int>();
        for (var i = from; i < byLine.Length && byLine[i].Line <= line + lines; i++) near.Add(byLine[i].Index);
        near.Sort();
        return near.Select(i => facts[i]);
    }

    private static (int Line, int Index)[] ByLine(IReadOnlyList<Fact> facts)
    {
        var byLine = new (int Line, int Index)[facts.Count];
        var sorted = true;
        for (var i = 0; i < byLine.Length; i++)
        {
            byLine[i] = (facts[i].SourceLine, i);
            sorted &= i == 0 || byLine[i - 1].Line <= byLine[i].Line;
        }
        // The facts mostly follow the report's order already: then there is nothing to sort.
        if (!sorted) Array.Sort(byLine);
        return byLine;
    }

    /// <summary>Every check the fact takes part in, consistent ones included.</summary>
    public IReadOnlyList<Check> ChecksOf(string factId) =>
        _checksByFact.TryGetValue(factId, out var list) ? list : [];

    /// <summary>The fact as it would be if written otherwise (same unit and qualifiers), or null if not a figure.</summary>
    public static Fact? Rewritten(Fact fact, string written) =>
        StatedValue.TryParse(written, out _) is { } value ? fact with { Value = value } : null;

    /// <summary>
    /// Whether every check the changed facts take part in holds with the facts written as given.
    /// </summary>
    public bool AllHold(IReadOnlyList<Fact> changed)
    {
        var byId = changed.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var checks = changed.SelectMany(f => ChecksOf(f.Id)).Distinct().ToList();
        var scope = changed.Count == 1
            ? SubstitutedScope.One(Scope, changed[0].Id, changed[0].Canonical, AffectedBy(changed[0].Id))
            : new SubstitutedScope(Scope, f => byId.TryGetValue(f.Id, out var c) ? c.Canonical : null);
        ReportScope? rewrittenScope = null;
        foreach (var check in checks)
        {
            switch (check)
            {
                case RelationCheck r:
                    if (scope.Holds(r) != true) return false;
                    break;
                case SameQuantityCheck s:
                    rewrittenScope ??= new ReportScope(Run.Report with
                    {
                        Facts = Run.Report.Facts.Select(f => byId.GetValueOrDefault(f.Id) ?? f).ToList(),
                    });
                    try
                    {
                        if (SameQuantityEvaluator.Evaluate(s, rewrittenScope).Status != FindingStatus.Consistent) return false;
                    }
                    catch (EvaluationException)
                    {
                        return false;
                    }
                    break;
            }
        }
        return true;
    }

    /// <summary>
    /// The canonical values of the fact that make every check it takes part in hold (the
    /// intersection over its checks, but for <paramref name="except"/>), or null when there are none.
    /// </summary>
    public Interval? Mending(Fact fact, Check? except = null)
    {
        Interval? result = Interval.Everything;
        foreach (var check in ChecksOf(fact.Id))
        {
            if (check == except) continue;
            if (Solve(check, fact) is not { } solved) return null;
            result = result.Value.Intersect(solved);
            if (result is null) return null;
        }
        return result;
    }

    private Dictionary<string, bool> AffectedBy(string factId)
    {
        if (!_affectedBy.TryGetValue(factId, out var affected))
            _affectedBy[factId] = affected = new Dictionary<string, bool>(StringComparer.Ordinal);
        return affected;
    }

    /// <summary><see cref="FigureSolver.Solve"/>, remembered for the report's own facts.</summary>
    private Interval? Solve(Check check, Fact fact)
    {
        if (!ReferenceEquals(Facts.GetValueOrDefault(fact.Id), fact))
            return FigureSolver.Solve(check, fact, Scope);
        var byFact = _solved.GetOrAdd(check, _ => new ConcurrentDictionary<string, Interval?>(StringComparer.Ordinal));
        if (byFact.TryGetValue(fact.Id, out var known)) return known;
        return byFact.GetOrAdd(fact.Id, FigureSolver.Solve(check, fact, Scope));
    }
}
