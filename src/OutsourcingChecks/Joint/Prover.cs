using System.Collections.Concurrent;
using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Joint;

/// <summary>
/// Proves that statements cannot all hold (propagation to a fixpoint, then the composites of two
/// statements on its domains), and finds a minimal set of statements that cannot: remove any one
/// of them and the proof fails.
/// </summary>
internal sealed class Prover(JointNetwork network)
{
    public JointNetwork Network => network;

    /// <summary>What a proof attempt found: whether the statements cannot all hold, and which constraints took part.</summary>
    public readonly record struct Attempt(bool Refuted, HashSet<int> Used);

    /// <summary>A set of statements made ready to prove: its constraints with their definitions, and its composites.</summary>
    private sealed record Problem(Propagation Template, IReadOnlyList<Composite> Composites);

    /// <summary>
    /// The problems met so far, by their statements: minimal sets and forced intervals prove the
    /// same few sets again and again with other domains. Kept only for small sets (a whole group's
    /// statements are proved once or twice).
    /// </summary>
    private readonly ConcurrentDictionary<string, Problem> _problems = new(StringComparer.Ordinal);

    private const int RememberedUpTo = 64;

    /// <summary>Every composite made so far (a compiled tape each), by giver, taker and figure: larger sets are not remembered, their composites are.</summary>
    private readonly ConcurrentDictionary<(int Giver, int Taker, string Figure), Composite?> _composites = new();

    /// <summary>The composites among some statements (<see cref="Composite.Among"/>), each made once.</summary>
    public List<Composite> CompositesAmong(IReadOnlyCollection<int> statements) => Composite.Among(network, statements, _composites);

    private Problem ProblemOf(IReadOnlyCollection<int> statements)
    {
        Problem Make() => new(new Propagation(network, network.WithDefinitions(statements)), CompositesAmong(statements));
        if (statements.Count > RememberedUpTo) return Make();
        var key = string.Join(",", statements.Order());
        return _problems.TryGetValue(key, out var known) ? known : _problems.GetOrAdd(key, _ => Make());
    }

    /// <summary>
    /// Whether the statements, with the definitions they need, cannot all hold with every variable
    /// in its domain (its written interval unless <paramref name="domain"/> says otherwise).
    /// </summary>
    public Attempt Refute(IReadOnlyCollection<int> statements, Func<int, Interval?>? domain = null)
    {
        var problem = ProblemOf(statements);
        var p = problem.Template.Restart(domain);
        if (!p.Run()) return new Attempt(true, p.ConflictReasons);
        if (FailingComposite(p, problem.Composites) is { } used) return new Attempt(true, used);
        return new Attempt(false, []);
    }

    /// <summary>
    /// The statements propagated to a fixpoint (null when they cannot all hold: a domain emptied),
    /// with their composites, not yet tried.
    /// </summary>
    public (Propagation? Fixpoint, IReadOnlyList<Composite> Composites) Propagate(IReadOnlyCollection<int> statements, Func<int, Interval?>? domain = null)
    {
        var problem = ProblemOf(statements);
        var p = problem.Template.Restart(domain);
        return (p.Run() ? p : null, problem.Composites);
    }

    /// <summary>
    /// The first composite that cannot hold on the propagation's domains, with what it follows from
    /// (its two statements and the reasons of its figures' domains), or null.
    /// </summary>
    public static HashSet<int>? FailingComposite(Propagation p, IEnumerable<Composite> composites)
    {
        foreach (var c in composites)
        {
            bool holds;
            try
            {
                holds = c.Holds(v => p.Local(v) is { } l ? p.Domains[l] : p.Network.Initial[v]);
            }
            catch (Exception ex) when (ex is OverflowException or ArgumentException or DivideByZeroException)
            {
                continue; // beyond decimal's range: this composite proves nothing
            }
            if (holds) continue;
            var used = new HashSet<int> { c.Giver, c.Taker };
            foreach (var v in c.Variables)
                if (p.Local(v) is { } l) used.UnionWith(p.ReasonsOfVariable(l));
            return used;
        }
        return null;
    }

    /// <summary>
    /// A minimal set of statements that cannot all hold, from candidates that cannot (in the order
    /// given, earlier ones preferred): QuickXplain (Junker 2004) narrows the candidates down with
    /// few proofs, then each statement left is dropped if the rest still cannot hold (the deletion
    /// filter), so that removing any one of those kept breaks the proof. Null when the candidates
    /// themselves cannot be refuted.
    /// </summary>
    public List<int>? Minimal(IReadOnlyList<int> candidates, Func<int, Interval?>? domain = null)
    {
        bool Refuted(List<int> set) => set.Count > 0 && Refute(set, domain).Refuted;
        if (!Refuted([.. candidates])) return null;
        var kept = candidates.Count > 4 ? Explain([], false, [.. candidates], Refuted) : [.. candidates];
        if (!Refuted(kept)) kept = [.. candidates]; // propagation is not exactly monotone: fall back on every candidate
        for (var i = kept.Count - 1; i >= 0 && kept.Count > 1; i--)
        {
            var without = kept.Where((_, k) => k != i).ToList();
            if (Refuted(without)) kept = without;
        }
        return kept;
    }

    /// <summary>
    /// QuickXplain: the statements of <paramref name="candidates"/> that, with
    /// <paramref name="background"/>, cannot all hold; <paramref name="changed"/> says whether the
    /// background grew since it was last tried.
    /// </summary>
    private static List<int> Explain(List<int> background, bool changed, List<int> candidates, Func<List<int>, bool> refuted)
    {
        if (changed && refuted(background)) return [];
        if (candidates.Count == 1) return candidates;
        var half = candidates.Count / 2;
        var first = candidates[..half];
        var second = candidates[half..];
        var fromSecond = Explain([.. background, .. first], first.Count > 0, second, refuted);
        var fromFirst = Explain([.. background, .. fromSecond], fromSecond.Count > 0, first, refuted);
        return [.. fromFirst, .. fromSecond];
    }

    /// <summary>
    /// The values of a variable that the statements still allow when it is set free (every other
    /// variable in its domain): null when no value does (changing it alone cannot reconcile them).
    /// </summary>
    /// <param name="statements">the statements</param>
    /// <param name="variable">the variable set free</param>
    /// <param name="far">whether to shave the bound away from the written value too (for a reader; the near one gives the margin)</param>
    /// <param name="domain">a variable's domain instead of its written interval, or null to keep that</param>
    public Interval? Forced(IReadOnlyCollection<int> statements, int variable, bool far = true, Func<int, Interval?>? domain = null)
    {
        Interval? Others(int v) => domain?.Invoke(v);
        var p = ProblemOf(statements).Template.Restart(v => v == variable ? Interval.Everything : Others(v));
        if (!p.Run()) return null;
        if (p.Local(variable) is not { } local) return Interval.Everything;
        var outer = p.Domains[local];

        // Where the variable's own interval is known not to reconcile the statements (they were
        // refuted with it), the values left lie below it or above it: each side is kept only if
        // it cannot be refuted, and its bound next to the written interval is shaved by bisection,
        // each step a proof that the values beyond cannot hold.
        var written = domain?.Invoke(variable) ?? network.Initial[variable];
        if (!outer.Overlaps(written) || !Refute(statements, v => v == variable ? written : Others(v)).Refuted) return outer;
        Interval? result = null;
        if (outer.Lo is null || (written.Lo is { } wl && outer.Lo < wl))
            result = Shaved(statements, variable, Others, new Interval(outer.Lo, written.Lo), upward: false, far);
        if (outer.Hi is null || (written.Hi is { } wh && outer.Hi > wh))
            result = Shaved(statements, variable, Others, new Interval(written.Hi, outer.Hi), upward: true, far) is { } above
                ? result is { } below ? below.Hull(above) : above
                : result;
        return result;
    }

    /// <summary>Bisections spent on each bound of a forced interval.</summary>
    private const int ShavingSteps = 6;

    /// <summary>
    /// The part of <paramref name="side"/> (next to the written interval, above it when
    /// <paramref name="upward"/>) that cannot be refuted, or null when all of it can: each bound
    /// moved in while the values it leaves behind can be refuted. An unbounded far end is walked
    /// out to by doubling steps, and stays unbounded.
    /// </summary>
    private Interval? Shaved(IReadOnlyCollection<int> statements, int variable, Func<int, Interval?> others, Interval side, bool upward, bool shaveFar)
    {
        bool Refuted(decimal a, decimal b) => Refute(statements, v => v == variable ? new Interval(Math.Min(a, b), Math.Max(a, b)) : others(v)).Refuted;
        if (Refute(statements, v => v == variable ? side : others(v)).Refuted) return null;
        var (start, far) = upward ? (side.Lo!.Value, side.Hi) : (side.Hi!.Value, side.Lo);
        var direction = upward ? 1 : -1;
        try
        {
            // The bound next to the written interval: the values from start to near are refuted,
            // those from start to probe are not.
            var near = start;
            var probe = far;
            if (probe is null)
            {
                var step = Math.Max(network.Initial[variable].Width ?? 0m, Math.Abs(start) / 1000m);
                if (step == 0m) step = 1m;
                for (var k = 0; k < 64 && probe is null; k++, step *= 2)
                {
                    var t = start + direction * step;
                    if (Refuted(start, t)) near = t; else probe = t;
                }
                if (probe is null) return side;
            }
            near = Bisect(near, probe.Value, m => Refuted(start, m));
            if (far is not { } end) return upward ? new Interval(near, null) : new Interval(null, near);
            if (!shaveFar) return upward ? new Interval(near, end) : new Interval(end, near);
            // The far bound: the values from it to the side's end are refuted.
            var bound = Bisect(end, near, m => Refuted(m, end));
            return upward ? new Interval(near, bound) : new Interval(bound, near);
        }
        catch (OverflowException)
        {
            return side;
        }
    }

    /// <summary>Moves <paramref name="refutedUpTo"/> toward <paramref name="other"/> while the values up to the midpoint are refuted.</summary>
    private static decimal Bisect(decimal refutedUpTo, decimal other, Func<decimal, bool> refuted)
    {
        for (var i = 0; i < ShavingSteps; i++)
        {
            var m = refutedUpTo / 2 + other / 2;
            if (m == refutedUpTo || m == other) break;
            if (refuted(m)) refutedUpTo = m; else other = m;
        }
        return refutedUpTo;
    }
}
