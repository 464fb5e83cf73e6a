using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OutsourcingChecks.Loading;

/// <summary>
/// A small immutable mapping of texts to texts (a fact's dims, an acknowledgement's figures),
/// enumerated in ordinal order of its keys like a <see cref="SortedDictionary{TKey,TValue}"/> with
/// the ordinal comparer, kept as one sorted array: a few dozen bytes a fact instead of a tree.
/// </summary>
public sealed class TextMap : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _pairs;

    /// <summary>The mapping with no entries.</summary>
    public static readonly TextMap Empty = new([]);

    private TextMap(KeyValuePair<string, string>[] sorted) => _pairs = sorted;

    /// <summary>The pairs in ordinal order of their keys; of pairs with the same key the last is kept.</summary>
    public static TextMap Of(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var sorted = new List<KeyValuePair<string, string>>();
        foreach (var pair in pairs)
        {
            var at = Find(sorted, pair.Key);
            if (at >= 0) sorted[at] = pair;
            else sorted.Insert(~at, pair);
        }
        return sorted.Count == 0 ? Empty : new TextMap([.. sorted]);
    }

    public int Count => _pairs.Length;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    public IEnumerable<string> Keys => _pairs.Select(p => p.Key);

    public IEnumerable<string> Values => _pairs.Select(p => p.Value);

    public bool ContainsKey(string key) => Find(_pairs, key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var at = Find(_pairs, key);
        value = at >= 0 ? _pairs[at].Value : null;
        return at >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The index of the key, or the complement of where it would go.</summary>
    private static int Find(IReadOnlyList<KeyValuePair<string, string>> sorted, string key)
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
