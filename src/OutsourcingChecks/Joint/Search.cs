using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Joint;

/// <summary>
/// Branch and prune: where propagation stops short of a proof (a figure occurring twice, or
/// constraints closing a cycle, leave the box wider than the solutions), the box is bisected on a
/// fact and each half propagated again. When every branch empties, no true values satisfy the
/// constraints: a proof, as sound as each propagation. A branch that survives to the search's
/// depth, or a search past its budget, proves nothing.
/// </summary>
internal static class Search
{
    /// <summary>How many times one fact's interval may be halved along a branch.</summary>
    public const int MaxDepth = 12;

    /// <summary>How many boxes one search may propagate.</summary>
    public const int MaxBoxes = 400;

    /// <summary>A fact narrowed below this share of its written interval is not bisected again.</summary>
    private const decimal Finest = 1m / 4096m;

    /// <summary>The outcome: whether every box emptied, and the constraints that took part in emptying them.</summary>
    public sealed record Outcome(bool Refuted, HashSet<int> Used, int Boxes);

    /// <summary>Whether the constraints cannot all hold, from <paramref name="start"/>'s fixpoint (propagated, no conflict).</summary>
    public static int Calls, TotalBoxes;
    public static Outcome Refute(JointNetwork network, Propagation start)
    {
        Interlocked.Increment(ref Calls);
        var cyclic = Cyclic(network, start);
        var used = new HashSet<int>();
        var stack = new Stack<(Propagation Box, int Depth)>();
        stack.Push((start, 0));
        var boxes = 0;
        while (stack.Count > 0)
        {
            var (box, depth) = stack.Pop();
            if (depth >= MaxDepth || boxes >= MaxBoxes || Split(network, box, cyclic) is not { } split) { Interlocked.Add(ref TotalBoxes, boxes); return new Outcome(false, used, boxes); }
            var d = box.Domains[split];
            var mid = Math.Clamp(d.Mid, d.Lo!.Value, d.Hi!.Value);
            foreach (var half in new[] { new Interval(mid, d.Hi), new Interval(d.Lo, mid) })
            {
                boxes++;
                var branch = box.With(split, half);
                if (branch.Continue()) stack.Push((branch, depth + 1));
                else used.UnionWith(branch.ConflictReasons);
            }
        }
        Interlocked.Add(ref TotalBoxes, boxes);
        return new Outcome(true, used, boxes);
    }

    /// <summary>
    /// The hull of the values <paramref name="local"/> keeps over the boxes no propagation
    /// empties, searching every branch (to the budget): the values the constraints force on it,
    /// enclosed more tightly than by propagation alone. Null when every box empties.
    /// </summary>
    public static Interval? Hull(JointNetwork network, Propagation start, int local)
    {
        var cyclic = Cyclic(network, start);
        Interval? hull = null;
        var stack = new Stack<(Propagation Box, int Depth)>();
        stack.Push((start, 0));
        var boxes = 0;
        while (stack.Count > 0)
        {
            var (box, depth) = stack.Pop();
            // Once the branch's value lies inside the hull so far, splitting it cannot widen the hull.
            if (hull is { } h && Within(box.Domains[local], h)) continue;
            if (depth >= MaxDepth || boxes >= MaxBoxes || Split(network, box, cyclic, prefer: local) is not { } split)
            {
                hull = hull is { } sofar ? sofar.Hull(box.Domains[local]) : box.Domains[local];
                continue;
            }
            var d = box.Domains[split];
            var mid = Math.Clamp(d.Mid, d.Lo!.Value, d.Hi!.Value);
            foreach (var half in new[] { new Interval(mid, d.Hi), new Interval(d.Lo, mid) })
            {
                boxes++;
                var branch = box.With(split, half);
                if (branch.Continue()) stack.Push((branch, depth + 1));
            }
        }
        return hull;
    }

    private static decimal Ratio(decimal a, decimal b)
    {
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue / 4;
        }
    }

    private static bool Within(Interval inner, Interval outer) =>
        (outer.Lo is null || (inner.Lo is { } il && il >= outer.Lo)) && (outer.Hi is null || (inner.Hi is { } ih && ih <= outer.Hi));

    /// <summary>
    /// The variables on a cycle of constraints, or repeated in one: the 2-core of the graph of
    /// constraints and variables, what is left when every variable in one constraint only (and
    /// every constraint left with one variable) is peeled away. Propagation is exact on what is
    /// peeled; bisecting there would only cost boxes.
    /// </summary>
    private static bool[] Cyclic(JointNetwork network, Propagation p)
    {
        var constraints = p.Constraints;
        var degree = new int[p.Variables.Count];       // constraints left per variable
        var size = new int[constraints.Count];         // variables left per constraint
        var watchers = new List<int>[p.Variables.Count];
        for (var l = 0; l < watchers.Length; l++) watchers[l] = [];
        for (var k = 0; k < constraints.Count; k++)
        {
            var c = network.Constraints[constraints[k]];
            foreach (var v in c.Variables)
            {
                var l = p.Local(v)!.Value;
                degree[l]++;
                watchers[l].Add(k);
            }
            // A variable twice in one constraint is a cycle by itself: it is never peeled.
            for (var i = 0; i < c.Variables.Length; i++)
                if (c.Tape.Occurrences[i] > 1) degree[p.Local(c.Variables[i])!.Value] += 2;
            size[k] = c.Variables.Length;
        }
        var removedVariable = new bool[degree.Length];
        var removedConstraint = new bool[size.Length];
        var work = new Stack<int>();
        for (var l = 0; l < degree.Length; l++)
            if (degree[l] <= 1) work.Push(l);
        while (work.Count > 0)
        {
            var l = work.Pop();
            if (removedVariable[l]) continue;
            removedVariable[l] = true;
            foreach (var k in watchers[l])
            {
                if (removedConstraint[k] || --size[k] > 1) continue;
                // A constraint left with one variable ties nothing together any more.
                removedConstraint[k] = true;
                foreach (var v in network.Constraints[constraints[k]].Variables)
                {
                    var other = p.Local(v)!.Value;
                    if (!removedVariable[other] && --degree[other] <= 1) work.Push(other);
                }
            }
        }
        return removedVariable.Select(r => !r).ToArray();
    }

    /// <summary>
    /// The fact to bisect: the one whose interval is widest compared with its written interval
    /// (ties to the first), or null when every fact is narrow already or unbounded.
    /// </summary>
    private static int? Split(JointNetwork network, Propagation box, bool[] cyclic, int? prefer = null)
    {
        int? best = null;
        var bestShare = Finest;
        for (var l = 0; l < box.Domains.Length; l++)
        {
            var v = box.Variables[l];
            var d = box.Domains[l];
            if (!cyclic[l] && l != prefer) continue;
            if (d.Width is not { } w || w <= 0m) continue;
            decimal share;
            if (network.Facts[v] is not null && network.Initial[v].Width is { } written && written > 0m) share = Ratio(w, written);
            else if (l == prefer) share = 1m; // a fact set free: its written interval says nothing of its scale
            else continue;
            if (l == prefer) share *= 2; // the variable whose hull is sought is bisected first
            if (share > bestShare) (best, bestShare) = (l, share);
        }
        return best;
    }
}
