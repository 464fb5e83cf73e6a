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

        // Depth-first with a stack of its own (a chain of thousands of derived quantities is not deep
        // for the thread's stack): each frame is a derived quantity on the current path and how many
        // of its references have been followed.
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var frames = new Stack<(Derived Derived, IReadOnlyList<string> Refs, int Next)>();
        foreach (var start in derived)
        {
            if (state.GetValueOrDefault(start.Id) != 0 || byId[start.Id] != start) continue;
            Enter(start);
            while (frames.TryPop(out var frame))
            {
                if (frame.Next == frame.Refs.Count)
                {
                    path.RemoveAt(path.Count - 1);
                    state[frame.Derived.Id] = 2;
                    continue;
                }
                frames.Push(frame with { Next = frame.Next + 1 });
                var id = frame.Refs[frame.Next];
                if (!byId.TryGetValue(id, out var d)) continue;
                switch (state.GetValueOrDefault(id))
                {
                    case 2: break;
                    case 1:
                        var cycle = path.Skip(path.IndexOf(id)).Append(id).ToList();
                        if (reported.Add(id)) bag.Add(Descriptors.Cycle, d.Location, id, string.Join(" -> ", cycle));
                        break;
                    default: Enter(d); break;
                }
            }
        }

        void Enter(Derived d)
        {
            state[d.Id] = 1;
            path.Add(d.Id);
            frames.Push((d, d.Expression.References().Distinct().ToList(), 0));
        }
    }
}
