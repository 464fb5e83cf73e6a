using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// The words before a figure, cut where the report's punctuation cuts them, whitespace removed:
/// the sentence (since the last 。！？), its segment (since the last ；) and the clause (since the
/// last comma, 、, colon or bracket). At most <see cref="Lookback"/> characters back.
/// </summary>
public sealed record Words(string Sentence, string Segment, string Clause, int SentenceStart)
{
    public const int Lookback = 400;

    private const string SentenceStops = "。！？";
    private const string SegmentStops = "；;";
    private const string ClauseStops = "，,、（(：:；;";

    /// <summary>The words before an offset of the text.</summary>
    /// <param name="floor">Where the text of the figure's section starts (after its heading): a sentence does not reach back past it.</param>
    public static Words Before(string text, int at, int floor = 0)
    {
        var from = Math.Max(Math.Max(0, floor), at - Lookback);
        var i = at > 0 ? text.LastIndexOfAny(SentenceStops.ToCharArray(), at - 1, at - from) : -1;
        var start = i >= 0 ? i + 1 : from;
        var sentence = SourceText.Squeeze(text[start..at]);
        var segment = Tail(sentence, SegmentStops);
        return new Words(sentence, segment, Tail(segment, ClauseStops), start);
    }

    /// <summary>The text after the last of the stops (all of it when there is none).</summary>
    public static string Tail(string text, string stops)
    {
        var i = text.LastIndexOfAny(stops.ToCharArray());
        return i >= 0 ? text[(i + 1)..] : text;
    }

    /// <summary>The clause after an offset of the text, whitespace removed: up to the next comma, stop or bracket (at most 40 characters).</summary>
    public static string After(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 40 && !"，,、；;。！？（(：:\n".Contains(text[end])) end++;
        return SourceText.Squeeze(text[at..end]);
    }
}

/// <summary>Finds the vocabulary's words in a text: a longer word wins over a shorter one inside it (信息技术研发服务 is not 研发服务).</summary>
public static class WordFinder
{
    /// <summary>Every occurrence of the words, longest words first, each character taken by one word at most; in text order.</summary>
    public static List<(int At, T Item)> Find<T>(string text, IEnumerable<T> items, Func<T, string> word)
    {
        var found = new List<(int At, T Item)>();
        if (text.Length == 0) return found;
        var taken = new bool[text.Length];
        foreach (var item in items.OrderByDescending(i => word(i).Length))
        {
            var w = word(item);
            if (w.Length == 0) continue;
            for (var at = text.IndexOf(w, StringComparison.Ordinal); at >= 0; at = text.IndexOf(w, at + 1, StringComparison.Ordinal))
            {
                var free = true;
                for (var k = at; k < at + w.Length && free; k++) free = !taken[k];
                if (!free) continue;
                for (var k = at; k < at + w.Length; k++) taken[k] = true;
                found.Add((at, item));
            }
        }
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;
    }

    /// <summary>The dims the text names: for each key, the value of the last word naming it.</summary>
    /// <remarks>
    /// A word naming several dims is one thing (信息技术运营和维护 is category ITO and service
    /// it_ops): when a later word names another value for one of its keys (BPO), the rest of it goes too.
    /// </remarks>
    public static Dictionary<string, string> Dims(string text, Vocabulary vocabulary)
    {
        var dims = new Dictionary<string, string>(StringComparer.Ordinal);
        var setBy = new Dictionary<string, DimsWord>(StringComparer.Ordinal);
        foreach (var (_, word) in Find(text, vocabulary.Dims, d => d.Word))
        {
            foreach (var (k, v) in word.Dims)
                if (setBy.TryGetValue(k, out var earlier) && earlier != word && earlier.Dims.Count > 1 && dims.GetValueOrDefault(k) != v)
                    foreach (var (ek, _) in earlier.Dims)
                        if (setBy.GetValueOrDefault(ek) == earlier) { dims.Remove(ek); setBy.Remove(ek); }
            foreach (var (k, v) in word.Dims) { dims[k] = v; setBy[k] = word; }
        }
        return dims;
    }

    /// <summary>The last measure word in the text for figures of the unit's kind (null: any currency), with where it stands.</summary>
    public static (int At, MeasureWord Word)? LastMeasure(string text, Vocabulary vocabulary, string? unitKind)
    {
        var found = Find(text, vocabulary.Measures.Where(m => m.Unit == unitKind), m => m.Word);
        return found.Count > 0 ? found[^1] : null;
    }
}
