using OutsourcingChecks.Authoring;

namespace OutsourcingChecks.Proposing;

/// <summary>
/// Members of a dimension under one whole: quantities that differ from a quantity of the report
/// only in one key (the services of a region's ITO, the partner markets of a service, the countries
/// of a group), the whole found with the dims their values imply (<see cref="Nesting"/>: software R&amp;D
/// in the east lies within the east's ITO). Nobody said they make up the whole, so together they are
/// proposed to be at most it (a sum with <c>exhaustive: false</c>), which holds whatever else the whole
/// holds, as long as the members lie apart: a member that lies within another member is left out.
/// </summary>
public static class WithinSums
{
    /// <summary>A whole and the members of one of its keys that lie within it, in the order of the text.</summary>
    public sealed record Group(Quantity Whole, string Key, IReadOnlyList<Quantity> Members);

    /// <summary>
    /// Keys whose values are not parts of a whole side by side: what a rate is of, another source's
    /// estimate, and groups (of cities, of provinces, of firms), which overlap as they please (the
    /// demonstration cities and the seven provinces).
    /// </summary>
    private static readonly string[] NotMembers = ["of", "than", "source", "group"];

    /// <param name="quantities">Quantities that add up: amounts, and shares (of one whole: see <paramref name="basis"/>).</param>
    /// <param name="basis">
    /// What a quantity is a part of when it is a share (the whole it is of), so that only shares of one
    /// whole are added; "" for an amount, null for a share of a whole that depends on the part (of: national).
    /// </param>
    public static IReadOnlyList<Group> Find(IReadOnlyList<Quantity> quantities, Nesting nesting, Vocabulary vocabulary, Func<Quantity, string?> basis)
    {
        string Canonical(string measure, IReadOnlyDictionary<string, string> dims, string period) =>
            Quantity.Key(measure, nesting.Complete(dims), period);
        var byKey = quantities.Where(q => basis(q) is not null)
            .GroupBy(q => Canonical(q.Measure, q.Dims, q.Period), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(q => q.IsFact ? 0 : 1).ThenBy(q => q.Line).ToList(), StringComparer.Ordinal);

        var groups = new Dictionary<(string Whole, string Key), List<Quantity>>();
        foreach (var (key, list) in byKey)
        {
            var q = list[0];
            var complete = nesting.Complete(q.Dims);
            foreach (var (k, v) in q.Dims)
            {
                if (NotMembers.Contains(k) || k == q.Of) continue; // of: market is a share within the part's own market
                var candidates = new List<Dictionary<string, string>>();
                if (nesting.IsPartOfRest(k, v)) candidates.Add(Without(complete, k));
                foreach (var parent in nesting.Ancestors(k, v))
                    candidates.Add(new Dictionary<string, string>(complete, StringComparer.Ordinal) { [k] = parent });
                foreach (var dims in candidates)
                {
                    var whole = Canonical(q.Measure, dims, q.Period);
                    if (whole == key || !byKey.TryGetValue(whole, out var wholes) || basis(wholes[0]) != basis(q)) continue;
                    if (!groups.TryGetValue((whole, k), out var members)) groups[(whole, k)] = members = [];
                    if (!members.Contains(q)) members.Add(q);
                }
            }
        }

        var result = new List<Group>();
        foreach (var ((wholeKey, k), found) in groups)
        {
            // a member within another member would be counted twice: the larger one stays (each member's
            // ancestors found once, not once per pair: 400 members within 20 nested groups took 16 s)
            var above = found.Select(m => m.Dims[k]).Distinct(StringComparer.Ordinal)
                .ToDictionary(v => v, v => nesting.Ancestors(k, v).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var members = found.Where(m => !found.Any(o => o != m && above[m.Dims[k]].Contains(o.Dims[k]))).ToList();
            var wholes = byKey[wholeKey];
            // all the parts of a partition of another whole (the three services of ITO in ITO's group): what else is named lies within them
            foreach (var p in vocabulary.Partitions.Where(p => p.Key == k && p.Exhaustive))
                if (p.Parts.All(part => members.Any(m => m.Dims[k] == part)))
                    members.RemoveAll(m => p.Parts.Contains(m.Dims[k]));
            // members that may share a part (the east and the Yangtze delta): in the order of the text, one that
            // overlaps a member already taken goes to another sum
            var sums = new List<List<Quantity>>();
            foreach (var m in members.OrderBy(m => m.Line).ThenBy(m => m.Dims[k], StringComparer.Ordinal))
            {
                var sum = sums.FirstOrDefault(s => s.All(o => !nesting.Overlap(k, m.Dims[k], o.Dims[k])));
                if (sum is null) sums.Add(sum = []);
                sum.Add(m);
            }
            foreach (var sum in sums.Where(s => s.Count >= 2))
            {
                var firstLine = sum.Min(m => m.Line);
                var whole = wholes.OrderBy(w => w.IsFact ? 0 : 1).ThenBy(w => Math.Abs(w.Line - firstLine)).First();
                result.Add(new Group(whole, k, sum));
            }
        }
        return result;
    }

    private static Dictionary<string, string> Without(IReadOnlyDictionary<string, string> dims, string key) =>
        dims.Where(d => d.Key != key).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
}
