using OutsourcingChecks.Authoring;

namespace OutsourcingChecks.Proposing;

/// <summary>
/// What lies within what, as far as the vocabulary and the facts tell: a value inside another value
/// of its dimension (industrial design is a design service; Singapore a Belt and Road country) and a
/// value that implies the dims of another key (software R&amp;D is ITO; a partner market is offshore).
/// <list type="bullet">
/// <item>the vocabulary's partitions: a part lies within the whole they name when it is a value of its key (iaas within cloud);</item>
/// <item>the vocabulary's words: a word naming a service and its category says the service is that category's;</item>
/// <item>the share facts: a share of a whole is a part of it (industrial design of <c>of: kpo_design</c>; software
/// R&amp;D of <c>of: east_ITO</c>, an ITO service; the United States of <c>of: offshore</c>, offshore).</item>
/// </list>
/// A value said to lie within two different values of another key implies neither; two parts of one
/// partition never lie within each other.
/// </summary>
public sealed class Nesting
{
    private readonly Dictionary<(string Key, string Value), HashSet<string>> _parents = [];
    // the same links downward: what lies within a value is walked down from it, not found by asking every value
    private readonly Dictionary<(string Key, string Value), HashSet<string>> _children = [];
    private readonly Dictionary<(string Key, string Value), Dictionary<string, string?>> _implied = [];
    // (key, value) -> the partitions (by index) it is a part of: two parts of one partition lie apart. Kept per value,
    // not per pair, so a partition of thousands of parts costs what its parts do (pairs took 2 GB at 5,000 parts).
    private readonly Dictionary<(string Key, string Value), HashSet<int>> _partitionsOf = [];
    // (key, value) -> the values of other keys a partition places within it (region east: its provinces)
    private readonly Dictionary<(string Key, string Value), HashSet<(string, string)>> _made = [];
    // keys whose values are parts of what the other dims name (a service of its category's, a region of the nation's)
    private readonly HashSet<string> _partKeys = new(StringComparer.Ordinal);
    // parts of a partition that fills its whole, nothing known within them: they hold nothing another part holds
    private readonly HashSet<(string Key, string Value)> _atomic = [];
    // values a share fact shows to be part of what the other dims name (the United States, a share of offshore)
    private readonly HashSet<(string Key, string Value)> _partOfRest = [];

    private Nesting() { }

    /// <summary>The values of <paramref name="key"/> that <paramref name="value"/> lies within, nearest first (transitively).</summary>
    public IReadOnlyList<string> Ancestors(string key, string value)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([value]);
        while (queue.Count > 0)
            foreach (var parent in _parents.GetValueOrDefault((key, queue.Dequeue())) ?? [])
                if (parent != value && seen.Add(parent))
                {
                    found.Add(parent);
                    queue.Enqueue(parent);
                }
        return found;
    }

    /// <summary>True when <paramref name="inner"/> lies within <paramref name="outer"/> (both values of <paramref name="key"/>).</summary>
    public bool IsWithin(string key, string inner, string outer) => Ancestors(key, inner).Contains(outer);

    /// <summary>
    /// True when a quantity with this value lies within the same quantity without its key: the key is
    /// one a partition of the vocabulary splits a whole by (services, regions, scopes), or a share fact
    /// shows the value (or a value it lies within) to be a part of such a whole. A key that also names
    /// what a figure is about (market: global, the world's market) is a part only where the facts say so.
    /// </summary>
    public bool IsPartOfRest(string key, string value) =>
        _partKeys.Contains(key) || _partOfRest.Contains((key, value)) || Ancestors(key, value).Any(a => _partOfRest.Contains((key, a)));

    /// <summary>
    /// True when two values of a key may share a part: one lies within the other, or something lies
    /// within both (Singapore within the top ten and within the Belt and Road; Jiangsu within the east and
    /// the Yangtze delta).
    /// </summary>
    public bool Overlap(string key, string a, string b) => Overlap(key, a, b, 0);

    private bool Overlap(string key, string a, string b, int depth)
    {
        if (a == b) return true;
        if (Siblings(key, a, b)) return false;
        if (IsWithin(key, a, b) || IsWithin(key, b, a)) return true;
        var (inA, inB) = (Inside(key, a), Inside(key, b));
        if (inA.Count > 0 && inB.Count > 0) return inA.Overlaps(inB);
        if (depth > 8) return false;
        // a value whose parts are not known, inside a larger one, may hold anything the larger one shares with
        // another value (成渝, part of Sichuan, in the west: with the Yellow River basin); two values inside one
        // larger value are apart unless known otherwise (industrial and engineering design, both design services)
        return (inA.Count == 0 && !_atomic.Contains((key, a))
                && (_parents.GetValueOrDefault((key, a)) ?? []).Any(p => !IsWithin(key, b, p) && Overlap(key, p, b, depth + 1)))
            || (inB.Count == 0 && !_atomic.Contains((key, b))
                && (_parents.GetValueOrDefault((key, b)) ?? []).Any(p => !IsWithin(key, a, p) && Overlap(key, a, p, depth + 1)));
    }

    /// <summary>What the vocabulary and the facts place within a value: the values of its key below it, and what partitions of other keys make it of.</summary>
    private HashSet<(string, string)> Inside(string key, string value)
    {
        var inside = new HashSet<(string, string)>();
        var below = Descendants(key, value).Append(value);
        foreach (var v in below)
        {
            if (v != value) inside.Add((key, v));
            inside.UnionWith(_made.GetValueOrDefault((key, v)) ?? []);
        }
        return inside;
    }

    /// <summary>The values of <paramref name="key"/> that lie within <paramref name="value"/> (transitively), itself left out.</summary>
    private List<string> Descendants(string key, string value)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { value };
        var queue = new Queue<string>([value]);
        while (queue.Count > 0)
            foreach (var child in _children.GetValueOrDefault((key, queue.Dequeue())) ?? [])
                if (seen.Add(child))
                {
                    found.Add(child);
                    queue.Enqueue(child);
                }
        return found;
    }

    /// <summary>
    /// The dims with those their values imply added (a key already there keeps its value): the same
    /// quantity whether its facts write the implied dims or not.
    /// </summary>
    public Dictionary<string, string> Complete(IReadOnlyDictionary<string, string> dims)
    {
        var result = dims.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        for (var round = 0; round < 4; round++)
        {
            var added = false;
            foreach (var (key, value) in result.ToList())
                foreach (var v in Ancestors(key, value).Prepend(value))
                    foreach (var (k2, v2) in _implied.GetValueOrDefault((key, v)) ?? [])
                        if (v2 is not null && result.TryAdd(k2, v2)) added = true;
            if (!added) break;
        }
        return result;
    }

    /// <summary>The nesting the vocabulary states and the report's share facts show.</summary>
    public static Nesting Of(IEnumerable<Quantity> shares, Vocabulary vocabulary)
    {
        var n = new Nesting();
        for (var index = 0; index < vocabulary.Partitions.Count; index++)
        {
            var p = vocabulary.Partitions[index];
            foreach (var a in p.Parts)
            {
                if (p.Exhaustive) n._atomic.Add((p.Key, a));
                if (!n._partitionsOf.TryGetValue((p.Key, a), out var of)) n._partitionsOf[(p.Key, a)] = of = [];
                of.Add(index);
            }
            // a part lies within a whole of its own key (iaas within cloud); one of other keys (a province's region) is
            // the partition's own business: a province may lie within several regions, so it implies none
            if (p.Whole != Vocabulary.All)
                foreach (var part in p.Parts) n.AddParent(p.Key, part, p.Whole);
            else n._partKeys.Add(p.Key);
            foreach (var whole in p.WholeDims)
            {
                if (!n._made.TryGetValue((whole.Key, whole.Value), out var made)) n._made[(whole.Key, whole.Value)] = made = [];
                made.UnionWith(p.Parts.Select(part => (p.Key, part)));
            }
        }
        // a word naming a finer value with a coarser one (信息技术研发: category ITO, service it_rd): the finer implies the coarser
        var order = vocabulary.Order.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        foreach (var word in vocabulary.Dims)
            foreach (var (fine, value) in word.Dims)
                foreach (var (coarse, v2) in word.Dims)
                    if (order.TryGetValue(fine, out var f) && order.TryGetValue(coarse, out var c) && c < f)
                        n.Imply(fine, value, coarse, v2);
        foreach (var s in shares)
        {
            if (s.Of is not { } of || of == Vocabulary.All) continue;
            var own = s.Own;
            if (own.ContainsKey(of)) continue; // of: market, the part's own market: a share within it, no nesting
            var whole = RuleProposer.WholeDims(vocabulary, own, of);
            if (whole.ContainsKey("of")) continue; // a whole the vocabulary does not know (of: it_spending) says nothing
            var changed = own.Where(d => whole.TryGetValue(d.Key, out var w) && w != d.Value).ToList();
            foreach (var (key, value) in changed) n.AddParent(key, value, whole[key]);
            var members = own.Keys.Where(k => !whole.ContainsKey(k)).ToList();
            if (changed.Count > 0 || members.Count != 1) continue;
            n._partOfRest.Add((members[0], own[members[0]]));
            foreach (var (k, v) in whole.Where(d => !own.ContainsKey(d.Key)))
                n.Imply(members[0], own[members[0]], k, v);
        }
        return n;
    }

    private void AddParent(string key, string value, string parent)
    {
        if (value == parent || Siblings(key, value, parent)) return; // parts of one partition lie apart
        if (!_parents.TryGetValue((key, value), out var set)) _parents[(key, value)] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(parent);
        if (!_children.TryGetValue((key, parent), out var children)) _children[(key, parent)] = children = new HashSet<string>(StringComparer.Ordinal);
        children.Add(value);
    }

    /// <summary>True when two different values are parts of one partition of their key.</summary>
    private bool Siblings(string key, string a, string b) =>
        a != b && _partitionsOf.TryGetValue((key, a), out var ofA) && _partitionsOf.TryGetValue((key, b), out var ofB) && ofA.Overlaps(ofB);

    private void Imply(string key, string value, string impliedKey, string impliedValue)
    {
        if (key == impliedKey || impliedKey is "of" or "than") return; // what a rate is of names no part
        if (!_implied.TryGetValue((key, value), out var map)) _implied[(key, value)] = map = new Dictionary<string, string?>(StringComparer.Ordinal);
        // two different values of one key: the value lies within both (a province of two regions), so neither is implied
        map[impliedKey] = map.TryGetValue(impliedKey, out var known) && known != impliedValue ? null : impliedValue;
    }
}
