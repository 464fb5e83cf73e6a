using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// The lists of a sentence: values separated only by 、 (or 和, 及, 与), such as "分别为 1847.3
/// 亿美元、1135.9 亿美元、711.5 亿美元" or a ratio "44.5：20.0：35.5", and the items they belong to:
/// "承接服务外包执行额、离岸执行额、在岸执行额分别为 …" pairs the k-th value with the k-th item;
/// a later list of the same sentence ("同比分别增长 …") with the same items.
/// </summary>
public static class Lists
{
    /// <summary>A figure's place in a list: the index of the list's first figure, how many it has, and the figure's position in it.</summary>
    public sealed record Run(int First, int Count, int Index);

    private static readonly string[] Separators = ["、", "和", "及", "与", "、和", "以及"];
    private const string SentenceStops = "。！？";
    private const string PhraseStops = "，,；;：:。！？（(";

    /// <summary>For each figure, its list (null when it stands alone).</summary>
    public static Run?[] Runs(string text, IReadOnlyList<Figure> figures)
    {
        var runs = new Run?[figures.Count];
        var i = 0;
        while (i < figures.Count)
        {
            var j = i;
            while (j + 1 < figures.Count && Joined(text, figures[j], figures[j + 1])) j++;
            if (j > i)
                for (var k = i; k <= j; k++) runs[k] = new Run(i, j - i + 1, k - i);
            i = j + 1;
        }
        return runs;
    }

    /// <summary>Words of direction that may start a value of a list of changes (分别增长 10.2%、下降 3.4%).</summary>
    private static readonly string[] Directions = ["增长", "增加", "提高", "上升", "下降", "减少", "降低", "回落"];

    private static bool Joined(string text, Figure a, Figure b)
    {
        if (a.IsTableCell || b.IsTableCell || b.Start - a.End > 12 || b.Start < a.End) return false;
        var gap = SourceText.Squeeze(text[a.End..b.Start]);
        if (a.IsRatioTerm && b.IsRatioTerm) return gap == "：";
        var direction = Directions.FirstOrDefault(d => gap.EndsWith(d, StringComparison.Ordinal));
        if (direction is not null) gap = gap[..^direction.Length];
        return Unscaled(a.Unit) == Unscaled(b.Unit) && Separators.Contains(gap);
    }

    /// <summary>True when a value's own words say its direction (the 下降 of 分别增长 10.2%、下降 3.4%): they win over the list's.</summary>
    public static bool HasDirection(string clause) => Directions.Any(d => clause.Contains(d, StringComparison.Ordinal));

    /// <summary>A unit without its scale word: 32.5 亿美元、9800 万美元 is one list of amounts.</summary>
    private static string Unscaled(string unit) => unit.Length > 1 ? unit.TrimStart('十', '百', '千', '万', '亿') is { Length: > 0 } u ? u : unit : unit;

    /// <summary>True when a full stop stands between two offsets.</summary>
    public static bool SentenceEnds(string text, int from, int to) =>
        to > from && text.IndexOfAny(SentenceStops.ToCharArray(), from, to - from) >= 0;

    /// <summary>True when the phrase before a list says 分别 (respectively).</summary>
    public static bool IsRespectively(string sentence) => Phrase(sentence).Contains("分别", StringComparison.Ordinal);

    /// <summary>The phrase before a list: the sentence since its last comma, semicolon or colon.</summary>
    private static string Phrase(string sentence)
    {
        var at = sentence.LastIndexOfAny(PhraseStops.ToCharArray());
        return at >= 0 ? sentence[(at + 1)..] : sentence;
    }

    /// <summary>The sentence before the phrase of a list: the words that name what all its items share.</summary>
    public static string Prefix(string sentence)
    {
        var at = sentence.LastIndexOfAny(PhraseStops.ToCharArray());
        return at >= 0 ? sentence[..at] : "";
    }

    /// <summary>
    /// The items a list's values belong to, read from the phrase before it: "A、B、C分别为" (or
    /// "A、B、C 结构比例从" for a ratio). Null when the phrase names no items (同比分别增长: the
    /// sentence's items so far hold), or not as many as the values.
    /// </summary>
    public static (IReadOnlyList<string> Labels, string Phrase)? Labels(string sentence, int count, bool ratio)
    {
        var phrase = Phrase(sentence);
        var at = phrase.IndexOf("分别", StringComparison.Ordinal);
        if (at < 0 && !ratio) return null;
        var named = at >= 0 ? phrase[..at] : phrase;
        var items = named.Split('、').ToList();
        if (items.Count < 2)
        {
            items = SplitLast(items);
            if (items.Count < 2) return null;
        }
        if (items.Count == count - 1) items = items.Take(items.Count - 1).Concat(SplitLast([items[^1]])).ToList();
        return items.Count == count ? (items, phrase) : null;
    }

    /// <summary>The last item split at 和, 及 or 与 (A、B 和 C).</summary>
    private static List<string> SplitLast(List<string> items)
    {
        var last = items[^1];
        foreach (var and in new[] { "和", "及", "与" })
        {
            var k = last.LastIndexOf(and, StringComparison.Ordinal);
            if (k > 0 && k < last.Length - 1) return items.Take(items.Count - 1).Concat([last[..k], last[(k + and.Length)..]]).ToList();
        }
        return items;
    }

    /// <summary>
    /// The words of the k-th item, with the measure word the items share when it is written once
    /// after the last (ITO、BPO、KPO 执行额): the item's own words last, so they win.
    /// </summary>
    public static string Item(IReadOnlyList<string> labels, int k, Vocabulary vocabulary)
    {
        var own = labels[k];
        var shared = WordFinder.LastMeasure(labels[^1], vocabulary, null) is { } m && WordFinder.LastMeasure(own, vocabulary, null) is null
            ? m.Word.Word : "";
        return shared + own;
    }

    /// <summary>
    /// The words of a sentence that can name what a figure measures: each clause up to the words
    /// that name a whole or another side (占 …, 对 … 的贡献率, 比 … 高), which are not its subject.
    /// </summary>
    public static string SubjectOf(string sentence)
    {
        var clauses = sentence.Split(['，', ',', '；', ';', '：', ':']);
        for (var c = 0; c < clauses.Length; c++)
        {
            var clause = clauses[c];
            var cut = clause.IndexOf('占');
            if (clause.Contains("贡献率", StringComparison.Ordinal) && clause.IndexOf('对') is var dui && dui >= 0) cut = cut < 0 ? dui : Math.Min(cut, dui);
            for (var k = clause.IndexOf('比'); k >= 0; k = clause.IndexOf('比', k + 1))
            {
                var next = k + 1 < clause.Length ? clause[k + 1] : ' ';
                if ((k > 0 && clause[k - 1] == '同') || next is '重' or '例') continue;
                if ("高低快慢多少".Any(clause[k..].Contains)) { cut = cut < 0 ? k : Math.Min(cut, k); break; }
            }
            if (cut >= 0) clauses[c] = clause[..cut];
        }
        return string.Join("，", clauses);
    }
}
