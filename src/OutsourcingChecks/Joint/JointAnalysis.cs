using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>What the joint stage found: the network it built, and a finding per minimal set of statements that cannot all hold.</summary>
public sealed class JointResult
{
    internal JointResult(JointNetwork network, Prover prover, IReadOnlyList<Finding> findings)
    {
        Network = network;
        Prover = prover;
        Findings = findings;
    }

    public JointNetwork Network { get; }

    internal Prover Prover { get; }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Whether the statements of a joint check can all hold with some facts written otherwise
    /// (their canonical intervals given by id): false while they can still be proved not to.
    /// </summary>
    public bool Holds(JointCheck check, IReadOnlyDictionary<string, Interval> changed)
    {
        if (Statements(check) is not { } statements) return true;
        var byVariable = new Dictionary<int, Interval>();
        foreach (var (id, interval) in changed)
            if (Network.VariableOf(id) is { } v) byVariable[v] = interval;
        return !Prover.Refute(statements, search: false, v => byVariable.TryGetValue(v, out var i) ? i : null).Refuted;
    }

    /// <summary>
    /// The canonical values of a fact with which the statements of a joint check are no longer
    /// proved unable to hold together (the others as written), or null when none are.
    /// </summary>
    public Interval? Mending(JointCheck check, string factId) =>
        Statements(check) is { } statements && Network.VariableOf(factId) is { } v ? Prover.Forced(statements, v, search: false) : null;

    private List<int>? Statements(JointCheck check)
    {
        var result = new List<int>();
        foreach (var s in check.Statements)
        {
            if (!Network.StatementOf.TryGetValue(s.Id, out var c)) return null;
            result.Add(c);
        }
        return result;
    }
}

/// <summary>
/// The joint stage: whether one true value per figure can satisfy every check that holds alone.
/// The statements are split into groups that share no figure. In each group, propagation over all
/// its statements looks for a proof that they cannot all hold; then, around each statement whose
/// figures propagation narrowed hard (where a cycle of statements or a repeated figure may hide
/// more than propagation sees), a search over the statement and its neighbours looks again. Each
/// proof is reduced to a minimal set of statements, reported as a finding of kind <c>joint</c>,
/// and its statements are set aside, so that one slip is reported once and the search goes on.
/// </summary>
public static class JointAnalysis
{
    /// <summary>At most this many joint findings are drawn from one group of statements.</summary>
    public const int MaxPerGroup = 50;

    /// <summary>A statement is searched around when propagation leaves one of its figures less than this share of its written interval.</summary>
    public const decimal TightShare = 0.25m;

    /// <summary>How many neighbours (the statements sharing most figures with it) a statement is searched with.</summary>
    public const int Neighbours = 7;

    /// <summary>How many of its neighbours a tight statement is paired with for a search.</summary>
    public const int PairsTried = 3;

    /// <param name="report">the report</param>
    /// <param name="checks">every compiled check</param>
    /// <param name="holdsAlone">whether a check holds alone (its finding is consistent)</param>
    /// <param name="search">whether to search where propagation alone proves nothing</param>
    public static JointResult Run(Report report, IReadOnlyList<Check> checks, Func<Check, bool> holdsAlone, bool search = false)
    {
        var network = JointNetwork.Build(report, checks, holdsAlone);
        var prover = new Prover(network);
        var groups = network.Components(network.Statements);
        var found = new (List<int> Set, bool Searched)[groups.Count][];
        var sw = System.Diagnostics.Stopwatch.StartNew();
        Parallel.For(0, groups.Count, g => found[g] = Conflicts(prover, groups[g], search).ToArray());
        T1 = sw.ElapsedMilliseconds; sw.Restart();
        var sets = found.SelectMany(f => f).ToList();
        var findings = new Finding[sets.Count];
        Parallel.For(0, sets.Count, i => findings[i] = JointFindings.Of(prover, sets[i].Set, sets[i].Searched));
        T3 = sw.ElapsedMilliseconds;
        return new JointResult(network, prover, findings);
    }

    /// <summary>Minimal sets of statements of one group that cannot all hold, each set aside once found; with whether search was needed.</summary>
    private static IEnumerable<(List<int> Set, bool Searched)> Conflicts(Prover prover, List<int> group, bool search)
    {
        var network = prover.Network;
        var active = new HashSet<int>(group);
        var count = 0;
        // One propagation meets every conflict it can, setting each aside and going on; each is
        // then proved again on its own reasons and reduced to a minimal set. Setting statements
        // aside only widens the domains, so a second propagation would meet no conflict the first
        // did not: its domains (narrower than they would be without the statements reported,
        // which is sound to search further, as every proof is made again from the written values)
        // serve the composites below.
        var fixpoint = new Propagation(network, network.WithDefinitions(active));
        if (!fixpoint.RunThroughConflicts())
        {
            lock (Lock) Log.Add($"round1 revisions {fixpoint.Revisions} constraints {fixpoint.Constraints.Count} conflicts {fixpoint.Conflicts.Count}");
            var reported = 0;
            foreach (var reasons in fixpoint.Conflicts)
            {
                if (count >= MaxPerGroup) yield break;
                // Statements ordered by their checks' ids, so the set found does not depend on the
                // order the rules were read in.
                var candidates = Ordered(network, reasons.Where(active.Contains));
                if (candidates.Count == 0 || prover.Minimal(candidates, search: false) is not { } minimal) continue;
                yield return (minimal, false);
                count++;
                reported++;
                active.ExceptWith(minimal);
            }
            // No conflict could be proved on its reasons alone (propagation's budget can cut a
            // proof short): the whole group's statements are the candidates, once.
            if (reported == 0 && prover.Minimal(Ordered(network, active), search: false) is { } all)
            {
                yield return (all, false);
                count++;
                active.ExceptWith(all);
            }
        }

        var swc = System.Diagnostics.Stopwatch.StartNew();
        try {
        // Composites of two statements on the group's fixpoint. Setting statements aside only
        // widens the domains, so a composite that holds here holds after any is set aside: one pass
        // finds every composite that fails, and each is proved again on its own reasons.
        foreach (var composite in network.CompositesAmong(active).ToList())
        {
            if (count >= MaxPerGroup) yield break;
            if (!active.Contains(composite.Giver) || !active.Contains(composite.Taker)) continue;
            if (Prover.FailingComposite(fixpoint, [composite]) is not { } reasons) continue;
            var candidates = Ordered(network, reasons.Where(active.Contains));
            if (prover.Minimal(candidates, search: false) is not { } minimal) continue;
            yield return (minimal, false);
            count++;
            active.ExceptWith(minimal);
        }
        } finally { lock (Lock) TC += swc.ElapsedMilliseconds; }
        if (!search) yield break;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        try {

        var byFact = new Dictionary<int, List<int>>();
        foreach (var s in group)
            foreach (var v in network.FactsOf(s))
            {
                if (!byFact.TryGetValue(v, out var list)) byFact[v] = list = [];
                list.Add(s);
            }
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in Ordered(network, group))
        {
            if (count >= MaxPerGroup) yield break;
            if (!active.Contains(s) || !Tight(network, fixpoint, s)) continue;
            foreach (var neighbour in Neighbourhood(network, s, active, byFact).Skip(1).Take(PairsTried))
            {
                if (!active.Contains(s) || !active.Contains(neighbour)) break;
                var pair = Ordered(network, [s, neighbour]);
                if (!tried.Add(string.Join(",", pair))) continue;
                var attempt = prover.Refute(pair, search: true);
                lock (Lock) Log.Add($"{MinShare(network, fixpoint, s):F3} {attempt.Refuted} 2");
                if (!attempt.Refuted) continue;
                var minimal = prover.Minimal(pair, search: true);
                if (minimal is null) continue;
                yield return (minimal, true);
                count++;
                active.ExceptWith(minimal);
            }
        }
        } finally { lock (Lock) { T2 += sw.ElapsedMilliseconds; TightCount += group.Count(s => active.Contains(s) && Tight(network, fixpoint, s)); } }
    }
    public static List<string> Log = [];
    static decimal MinShare(JointNetwork network, Propagation fixpoint, int statement)
    {
        var m = 1m;
        foreach (var v in network.FactsOf(statement))
        {
            if (fixpoint.Local(v) is not { } l || network.Initial[v].Width is not { } written || written <= 0m) continue;
            if (fixpoint.Domains[l].Width is { } now) m = Math.Min(m, now / written);
        }
        return m;
    }
    public static long T1, T2, T3, TC; public static int TightCount; static readonly object Lock = new();

    /// <summary>Whether propagation left one of the statement's figures less than <see cref="TightShare"/> of its written interval.</summary>
    private static bool Tight(JointNetwork network, Propagation fixpoint, int statement)
    {
        foreach (var v in network.FactsOf(statement))
        {
            if (fixpoint.Local(v) is not { } l || network.Initial[v].Width is not { } written || written <= 0m) continue;
            if (fixpoint.Domains[l].Width is { } now && now < written * TightShare) return true;
        }
        return false;
    }

    /// <summary>The statement and the active statements that share most figures with it (at most <see cref="Neighbours"/>).</summary>
    private static List<int> Neighbourhood(JointNetwork network, int statement, HashSet<int> active, Dictionary<int, List<int>> byFact)
    {
        var shared = new Dictionary<int, int>();
        foreach (var v in network.FactsOf(statement))
            foreach (var other in byFact[v])
                if (other != statement && active.Contains(other))
                    shared[other] = shared.GetValueOrDefault(other) + 1;
        return shared.OrderByDescending(kv => kv.Value)
            .ThenBy(kv => network.Constraints[kv.Key].Statement!.Id, StringComparer.Ordinal)
            .Take(Neighbours).Select(kv => kv.Key).Prepend(statement).ToList();
    }

    private static List<int> Ordered(JointNetwork network, IEnumerable<int> statements) =>
        statements.OrderBy(s => network.Constraints[s].Statement!.Id, StringComparer.Ordinal).ToList();
}
