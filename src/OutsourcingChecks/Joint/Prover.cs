using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Joint;

/// <summary>
/// Proves that statements cannot all hold (propagation, then, when asked and where the statements
/// close a cycle or repeat a figure, a search), and finds a minimal set of statements that cannot:
/// remove any one of them and the proof fails.
/// </summary>
internal sealed class Prover(JointNetwork network)
{
    public JointNetwork Network => network;

    /// <summary>What a proof attempt found: whether the statements cannot all hold, and which constraints took part.</summary>
    public readonly record struct Attempt(bool Refuted, HashSet<int> Used);

    /// <summary>
    /// Whether the statements, with the definitions they need, cannot all hold with every variable
    /// in its domain (its written interval unless <paramref name="domain"/> says otherwise).
    /// </summary>
    public Attempt Refute(IReadOnlyCollection<int> statements, bool search, Func<int, Interval?>? domain = null)
    {
        var p = new Propagation(network, network.WithDefinitions(statements), domain);
        if (!p.Run()) return new Attempt(true, p.ConflictReasons);
        if (FailingComposite(p, network.CompositesAmong(statements)) is { } used) return new Attempt(true, used);
        if (!search || !Cyclic(p)) return new Attempt(false, []);
        var outcome = Search.Refute(network, p);
        return new Attempt(outcome.Refuted, outcome.Used);
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
    public List<int>? Minimal(IReadOnlyList<int> candidates, bool search, Func<int, Interval?>? domain = null)
    {
        bool Refuted(List<int> set) => set.Count > 0 && Refute(set, search, domain).Refuted;
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
    public Interval? Forced(IReadOnlyCollection<int> statements, int variable, bool search, Func<int, Interval?>? domain = null)
    {
        Interval? Others(int v) => domain?.Invoke(v);
        var p = new Propagation(network, network.WithDefinitions(statements), v => v == variable ? Interval.Everything : Others(v));
        if (!p.Run()) return null;
        if (p.Local(variable) is not { } local) return Interval.Everything;
        var outer = !search || !Cyclic(p) ? p.Domains[local] : Search.Hull(network, p, local);
        if (outer is not { } o) return null;

        // Where the variable's own interval is known not to reconcile the statements (they were
        // refuted with it), the values left lie below it or above it: each side is kept only if
        // it cannot be refuted, and its bound next to the written interval is shaved by bisection,
        // each step a proof that the values beyond cannot hold.
        var written = domain?.Invoke(variable) ?? network.Initial[variable];
        if (!o.Overlaps(written) || !Refute(statements, search, v => v == variable ? written : Others(v)).Refuted) return o;
        Interval? result = null;
        if (o.Lo is null || (written.Lo is { } wl && o.Lo < wl))
            result = Shaved(statements, variable, search, Others, new Interval(o.Lo, written.Lo), upward: false);
        if (o.Hi is null || (written.Hi is { } wh && o.Hi > wh))
            result = Shaved(statements, variable, search, Others, new Interval(written.Hi, o.Hi), upward: true) is { } above
                ? result is { } below ? below.Hull(above) : above
                : result;
        return result;
    }

    /// <summary>Bisections spent on each bound of a forced interval.</summary>
    private const int ShavingSteps = 10;

    /// <summary>
    /// The part of <paramref name="side"/> (next to the written interval, above it when
    /// <paramref name="upward"/>) that cannot be refuted, or null when all of it can: each bound
    /// moved in while the values it leaves behind can be refuted. An unbounded far end is walked
    /// out to by doubling steps, and stays unbounded.
    /// </summary>
    private Interval? Shaved(IReadOnlyCollection<int> statements, int variable, bool search, Func<int, Interval?> others, Interval side, bool upward)
    {
        bool Refuted(decimal a, decimal b) => Refute(statements, search, v => v == variable ? new Interval(Math.Min(a, b), Math.Max(a, b)) : others(v)).Refuted;
        if (Refute(statements, search, v => v == variable ? side : others(v)).Refuted) return null;
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

    /// <summary>
    /// Whether the constraints can leave propagation short of the truth: a variable occurs twice
    /// in one constraint, or the constraints and variables form a cycle. On a forest of
    /// constraints, each variable once, propagation to the fixpoint is exact and search adds nothing.
    /// </summary>
    private bool Cyclic(Propagation p)
    {
        var parent = new int[p.Variables.Count];
        for (var l = 0; l < parent.Length; l++) parent[l] = l;
        int Find(int l)
        {
            while (parent[l] != l) l = parent[l] = parent[parent[l]];
            return l;
        }
        foreach (var c in p.Constraints)
        {
            var constraint = network.Constraints[c];
            if (constraint.RepeatsAVariable) return true;
            if (constraint.Variables.Length == 0) continue;
            var first = Find(p.Local(constraint.Variables[0])!.Value);
            for (var i = 1; i < constraint.Variables.Length; i++)
            {
                var other = Find(p.Local(constraint.Variables[i])!.Value);
                if (other == first) return true; // two variables already joined through other constraints
                parent[other] = first;
            }
        }
        return false;
    }
}
