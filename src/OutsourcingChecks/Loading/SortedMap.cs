using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OutsourcingChecks.Loading;

/// <summary>
/// A small immutable mapping of texts to values (a fact's dims, an acknowledgement's figures, a
/// rule's fields), enumerated in ordinal order of its keys like a <see cref="SortedDictionary{TKey,TValue}"/>
/// with the ordinal comparer, kept as one sorted array: a few dozen bytes a fact or rule instead of
/// a tree or a hash table.
/// </summary>
public sealed class SortedMap<TValue> : IReadOnlyDictionary<string, TValue>
{
    private readonly KeyValuePair<string, TValue>[] _pairs;

    /// <summary>The mapping with no entries.</summary>
    public static readonly SortedMap<TValue> Empty = new([]);

    private SortedMap(KeyValuePair<string, TValue>[] sorted) => _pairs = sorted;

    /// <summary>The pairs in ordinal order of their keys; of pairs with the same key the last is kept.</summary>
    public static SortedMap<TValue> Of(IEnumerable<KeyValuePair<string, TValue>> pairs)
    {
        var sorted = new List<KeyValuePair<string, TValue>>();
        foreach (var pair in pairs)
        {
            var at = Find(sorted, pair.Key);
            if (at >= 0) sorted[at] = pair;
            else sorted.Insert(~at, pair);
        }
        return sorted.Count == 0 ? Empty : new SortedMap<TValue>([.. sorted]);
    }

    public int Count => _pairs.Length;

    public TValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

    public IEnumerable<TValue> Values => _pairs.Select(p => p.Value);

    public bool ContainsKey(string key) => Find(_pairs, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out TValue value)
    {
        var at = Find(_pairs, key);
        value = at >= 0 ? _pairs[at].Value : default;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, TValue>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, TValue>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The index of the key, or the complement of where it would go.</summary>
    private static int Find(IReadOnlyList<KeyValuePair<string, TValue>> sorted, string key)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(sorted[mid].Key, key);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return ~lo;
    }
}
