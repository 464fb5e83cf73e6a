using System.Collections.Concurrent;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>
/// What the joint stage found: a finding per minimal set of statements that cannot all hold, and
/// the means to prove a joint check again with some facts written otherwise (what a suggested
/// correction is tried against).
/// </summary>
public sealed class JointResult
{
    private readonly Func<string, Fact?> _fact;
    private readonly Func<string, Expr?> _definition;
    private readonly ConcurrentDictionary<string, (Prover Prover, List<int> Statements)> _proofs = new(StringComparer.Ordinal);

    internal JointResult(Func<string, Fact?> fact, Func<string, Expr?> definition, IReadOnlyList<Finding> findings)
    {
        _fact = fact;
        _definition = definition;
        Findings = findings;
    }

    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// Whether the statements of a joint check can all hold with some facts written otherwise
    /// (their canonical intervals given by id): false while they can still be proved not to.
    /// </summary>
    public bool Holds(JointCheck check, IReadOnlyDictionary<string, Interval> changed)
    {
        var (prover, statements) = ProofOf(check);
        return !prover.Refute(statements, v => changed.TryGetValue(prover.Network.Ids[v], out var i) ? i : null).Refuted;
    }

    /// <summary>
    /// The canonical values of a fact with which the statements of a joint check are no longer
    /// proved unable to hold together (the others as written), or null when none are.
    /// </summary>
    public Interval? Mending(JointCheck check, string factId)
    {
        var (prover, statements) = ProofOf(check);
        return prover.Network.VariableOf(factId) is { } v ? prover.Forced(statements, v, far: false) : null;
    }

    /// <summary>A network of the joint check's statements alone (made once): all a proof about them needs.</summary>
    private (Prover, List<int>) ProofOf(JointCheck check) =>
        _proofs.GetOrAdd(check.Id, _ =>
        {
            var network = JointNetwork.Build(_fact, _definition, check.Statements);
            return (new Prover(network), network.Statements.ToList());
        });
}

/// <summary>
/// The joint stage: whether one true value per figure can satisfy every check that holds alone.
/// The statements are split into groups that share no figure. In each group, one propagation
/// over all its statements meets every conflict it can (a domain left empty); then every
/// composite of two statements (one giving a figure's value, substituted into the other, where
/// that makes a figure occur twice) is tried on the domains propagation left. Each proof is made
/// again on its own reasons, reduced to a minimal set of statements, and reported as a finding of
/// kind <c>joint</c>; its statements are set aside, so that one slip is reported once.
/// </summary>
public static class JointAnalysis
{
    /// <summary>At most this many joint findings are drawn from one group of statements.</summary>
    public const int MaxPerGroup = 50;

    /// <param name="scope">the report's facts and derived quantities</param>
    /// <param name="checks">every compiled check</param>
    /// <param name="holdsAlone">whether a check holds alone (its finding is consistent)</param>
    public static JointResult Run(Evaluation.ReportScope scope, IReadOnlyList<Check> checks, Func<Check, bool> holdsAlone)
    {
        // Each group of statements that share figures is a network of its own, made, solved and
        // let go in turn: a large report never holds the network of all its statements at once.
        var groups = Groups(checks.Where(holdsAlone), scope.Definition);
        var found = new Finding[groups.Count][];
        Parallel.For(0, groups.Count, g =>
        {
            var network = JointNetwork.Build(scope.Fact, scope.Definition, groups[g]);
            var prover = new Prover(network);
            var sets = Conflicts(prover, network.Statements.ToList()).ToList();
            var findings = new Finding[sets.Count];
            Parallel.For(0, sets.Count, i => findings[i] = JointFindings.Of(prover, sets[i]));
            found[g] = findings;
        });
        return new JointResult(scope.Fact, scope.Definition, found.SelectMany(f => f).ToList());
    }

    /// <summary>
    /// The statements in groups that share no figure, directly or through the definitions of the
    /// derived quantities they name, in the order of each group's first statement.
    /// </summary>
    internal static List<List<Check>> Groups(IEnumerable<Check> statements, Func<string, Expr?> definition)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var parent = new List<int>();
        int Id(string id)
        {
            if (index.TryGetValue(id, out var i)) return i;
            index[id] = i = parent.Count;
            parent.Add(i);
            return i;
        }
        int Find(int i)
        {
            while (parent[i] != i) i = parent[i] = parent[parent[i]];
            return i;
        }
        void Union(int a, int b) => parent[Find(a)] = Find(b);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var list = statements.ToList();
        var firstOf = new int[list.Count];
        for (var k = 0; k < list.Count; k++)
        {
            var ids = list[k] switch
            {
                RelationCheck r => r.Stated.References().Concat(r.Implied.References()).ToList(),
                SameQuantityCheck s => [s.First, s.Second],
                _ => [],
            };
            // Ids have no spaces: a statement that names none has a key of its own.
            firstOf[k] = ids.Count > 0 ? Id(ids[0]) : Id($"(statement {k})");
            var work = new Stack<string>(ids);
            while (work.TryPop(out var id))
            {
                Union(firstOf[k], Id(id));
                if (!defined.Add(id) || definition(id) is not { } expr) continue;
                foreach (var named in expr.References()) work.Push(named);
            }
        }
        var groups = new Dictionary<int, List<Check>>();
        var order = new List<List<Check>>();
        for (var k = 0; k < list.Count; k++)
        {
            var root = Find(firstOf[k]);
            if (!groups.TryGetValue(root, out var g))
            {
                groups[root] = g = [];
                order.Add(g);
            }
            g.Add(list[k]);
        }
        return order;
    }

    /// <summary>Minimal sets of statements of one group that cannot all hold, each set aside once found.</summary>
    private static IEnumerable<List<int>> Conflicts(Prover prover, List<int> group)
    {
        var network = prover.Network;
        var active = new HashSet<int>(group);
        var count = 0;
        // One propagation meets every conflict it can, setting each aside and going on; each is
        // then proved again on its own reasons and reduced to a minimal set. Setting statements
        // aside only widens the domains, so a second propagation would meet no conflict the first
        // did not. Its domains (narrower than they would be without the statements reported,
        // which is sound to try more on, as every proof is made again from the written values)
        // serve the composites below.
        var fixpoint = new Propagation(network, network.WithDefinitions(active));
        if (!fixpoint.RunThroughConflicts())
        {
            var reported = 0;
            foreach (var reasons in fixpoint.Conflicts)
            {
                if (count >= MaxPerGroup) yield break;
                if (Ordered(network, reasons.Where(active.Contains)) is not { Count: > 0 } candidates
                    || prover.Minimal(candidates) is not { } minimal) continue;
                yield return minimal;
                count++;
                reported++;
                active.ExceptWith(minimal);
            }
            // No conflict could be proved on its reasons alone (propagation's budget can cut a
            // proof short): the whole group's statements are the candidates, once.
            if (reported == 0 && prover.Minimal(Ordered(network, active)) is { } all)
            {
                yield return all;
                count++;
                active.ExceptWith(all);
            }
        }

        // Setting statements aside only widens the domains, so a composite that holds here holds
        // after any are set aside: one pass finds every composite that fails.
        foreach (var composite in prover.CompositesAmong(active))
        {
            if (count >= MaxPerGroup) yield break;
            if (!active.Contains(composite.Giver) || !active.Contains(composite.Taker)) continue;
            if (Prover.FailingComposite(fixpoint, [composite]) is not { } reasons
                || prover.Minimal(Ordered(network, reasons.Where(active.Contains))) is not { } minimal) continue;
            yield return minimal;
            count++;
            active.ExceptWith(minimal);
        }
    }

    /// <summary>Statements ordered by their checks' ids, so what is found does not depend on the order the rules were read in.</summary>
    private static List<int> Ordered(JointNetwork network, IEnumerable<int> statements) =>
        statements.OrderBy(s => network.Constraints[s].Statement!.Id, StringComparer.Ordinal).ToList();
}
