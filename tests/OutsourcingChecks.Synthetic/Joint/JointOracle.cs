namespace OutsourcingChecks.Synthetic.Joint;

public enum JointTruth { Feasible, Infeasible, Undecided }

/// <summary>
/// Decides, independently of the engine, whether true values exist behind a joint case's written
/// figures: whether some values of the atoms, each within its written interval, give every other
/// figure a value within its written interval. Exact rational arithmetic on the family's model
/// (not on the rules), by branch and bound over the atoms: a box whose natural enclosure of some
/// figure misses that figure's interval holds no solution; a box whose midpoint satisfies every
/// figure holds one. Boxes beyond the budget leave the case undecided.
/// </summary>
public static class JointOracle
{
    public const int Budget = 4000;

    /// <summary>The points of a box tried as witnesses: its midpoint and its corners (each a true value of every atom).</summary>
    private static IEnumerable<Dictionary<string, RationalInterval>> Points(List<string> atoms, Dictionary<string, RationalInterval> box)
    {
        yield return atoms.ToDictionary(a => a, a => RationalInterval.Point(box[a].Mid), StringComparer.Ordinal);
        for (var corner = 0; corner < 1 << atoms.Count; corner++)
            yield return atoms.Select((a, i) => (a, (corner >> i & 1) == 0 ? box[a].Lo : box[a].Hi))
                .ToDictionary(x => x.a, x => RationalInterval.Point(x.Item2), StringComparer.Ordinal);
    }

    public static JointTruth Decide(JointCase c)
    {
        var written = c.Figures.ToDictionary(f => f.Id, f => f.Stands, StringComparer.Ordinal);
        var atoms = c.Family.Atoms.Select(a => a.Id).ToList();
        var queue = new Queue<Dictionary<string, RationalInterval>>();
        queue.Enqueue(atoms.ToDictionary(a => a, a => written[a], StringComparer.Ordinal));
        for (var boxes = 0; queue.Count > 0; boxes++)
        {
            if (boxes >= Budget) return JointTruth.Undecided;
            var box = queue.Dequeue();
            if (c.Family.Dependents.Any(d => !d.Value(id => box[id]).Overlaps(written[d.Id]))) continue;
            if (Points(atoms, box).Any(point => c.Family.Dependents.All(d => d.Value(id => point[id]).Within(written[d.Id]))))
                return JointTruth.Feasible;
            // Bisect the atom widest against its written interval.
            var split = atoms.OrderByDescending(a => (box[a].Hi - box[a].Lo) / (written[a].Hi - written[a].Lo)).First();
            var m = box[split].Mid;
            queue.Enqueue(new Dictionary<string, RationalInterval>(box, StringComparer.Ordinal) { [split] = new(box[split].Lo, m) });
            queue.Enqueue(new Dictionary<string, RationalInterval>(box, StringComparer.Ordinal) { [split] = new(m, box[split].Hi) });
        }
        return JointTruth.Infeasible;
    }
}
