using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>Checks that derived quantities name only known ids and never depend on themselves.</summary>
public static class DerivedGraph
{
    public static void Check(IReadOnlySet<string> factIds, IReadOnlyList<Derived> derived, DiagnosticBag bag, bool checkReferences = true)
    {
        var byId = new Dictionary<string, Derived>(StringComparer.Ordinal);
        foreach (var d in derived) byId.TryAdd(d.Id, d);
        foreach (var d in derived.Where(_ => checkReferences))
            foreach (var r in d.Expression.References().Distinct())
                if (!factIds.Contains(r) && !byId.ContainsKey(r))
                    bag.Add(Descriptors.UnknownReference, d.Location, $"derived '{d.Id}'", r);

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 visiting, 2 done
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in derived) Visit(d.Id, []);

        void Visit(string id, List<string> path)
        {
            if (!byId.TryGetValue(id, out var d)) return;
            if (state.GetValueOrDefault(id) == 2) return;
            if (state.GetValueOrDefault(id) == 1)
            {
                var cycle = path.Skip(path.IndexOf(id)).Append(id).ToList();
                if (reported.Add(id)) bag.Add(Descriptors.Cycle, d.Location, id, string.Join(" -> ", cycle));
                return;
            }
            state[id] = 1;
            path.Add(id);
            foreach (var r in d.Expression.References().Distinct()) Visit(r, path);
            path.RemoveAt(path.Count - 1);
            state[id] = 2;
        }
    }
}
