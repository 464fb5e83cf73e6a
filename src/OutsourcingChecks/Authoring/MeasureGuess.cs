using OutsourcingChecks.Model;

namespace OutsourcingChecks.Authoring;

/// <summary>What the words around a figure suggest it measures; <see cref="Todo"/> says what they do not tell.</summary>
public sealed record MeasureGuess(
    string? Measure,
    IReadOnlyList<KeyValuePair<string, string>> Dims,
    string? Period,
    IReadOnlyList<string> Qualifiers,
    IReadOnlyList<string> Todo)
{
    /// <summary>The whole a share is of (dims.of), when the guess is a share.</summary>
    public string? Of => Dims.FirstOrDefault(d => d.Key == "of").Value;
}

/// <summary>
/// The words a figure is read from: <see cref="Subject"/> names what is measured (the sentence
/// before the figure's clause, or the listed item a 分别 value belongs to), <see cref="Clause"/> how
/// (增长, 占 … 的, 年均, 个百分点 …), <see cref="After"/> the words right after the figure (以上,
/// 左右), <see cref="Sentence"/> the whole sentence before it, <see cref="Earlier"/> the text before the sentence.
/// </summary>
public sealed record FigureWords(string Subject, string Clause, string Sentence, string After, bool ManyAfterNumber = false, string Earlier = "");

/// <summary>
/// Guesses a figure's measure, dims and qualifiers from its words. An amount takes its measure from
/// the vocabulary's measure words (执行额, 合同额) and its dims from the words of its subject; a
/// percentage after 增长 is the growth and after 占 the share of the amount; 年均 makes a CAGR,
/// 贡献率 a contribution; 个百分点 is the change of the growth or share stated just before it, or
/// the gap to another growth (增速高 …); 增长 N 倍 is a growth in 倍. 下降, 减少 make a decline
/// (the value stays as written, the qualifier gives the sign: docs/format.md).
/// </summary>
public static class MeasureGuesser
{
    private static readonly string[] Growth = ["增长", "增速", "增幅", "增加", "提高", "提升", "上升", "下降", "减少", "降低", "回落", "下滑"];
    private static readonly string[] Decline = ["下降", "减少", "降低", "回落", "下滑", "降幅"];
    private static readonly string[] Share = ["占", "比重"];
    private static readonly string[] Comparison = ["高", "低", "快", "慢"];
    private static readonly string[] Average = ["年均", "年平均", "复合增长"];
    private static readonly string[] Contribution = ["贡献率"];
    private static readonly string[] WholeWords = ["全部", "总体", "整体"];
    private static readonly string[] NationalWords = ["全国", "全市", "全省", "全球", "全区", "全县"];

    /// <summary>Words right before a figure that bound it, with the qualifier they give.</summary>
    private static readonly (string Word, string Qualifier)[] Bounds =
    [
        ("约", "about"), ("大约", "about"), ("超过", "more-than"), ("突破", "more-than"), ("逾", "more-than"), ("超", "more-than"),
        ("接近", "nearly"), ("近", "nearly"), ("将近", "nearly"), ("不足", "less-than"), ("不到", "less-than"), ("低于", "less-than"), ("少于", "less-than"),
        ("不少于", "at-least"), ("至少", "at-least"),
    ];

    public static MeasureGuess Guess(Vocabulary vocabulary, Unit? unit, FigureWords words, string? period, MeasureGuess? previous)
    {
        var todo = new List<string>();
        var clause = words.Clause;
        var qualifiers = Qualifiers(words);
        var subjectDims = WordFinder.Dims(words.Subject, vocabulary);
        // the amount a rate is of: named in the subject, else in the sentence, else the one the sentence's figures are about, else the text before
        var amount = WordFinder.LastMeasure(words.Subject, vocabulary, null)?.Word.Measure
            ?? WordFinder.LastMeasure(words.Sentence, vocabulary, null)?.Word.Measure
            ?? (previous?.Measure is { } p && IsAmountMeasure(p, vocabulary) ? p.Split('.')[0] : null)
            ?? (unit?.Symbol is "%" or "个百分点" or "成" or "倍" ? WordFinder.LastMeasure(words.Earlier, vocabulary, null)?.Word.Measure : null);
        string? measure;
        string? of = null;
        string? than = null;
        var symbol = unit?.Symbol;
        var kind = unit?.Dimension.ToString();
        var average = Average.Any(clause.Contains);
        if (symbol == "个百分点")
        {
            if (IsGap(clause))
            {
                measure = amount is null ? null : amount + (average || previous?.Measure?.EndsWith(".cagr", StringComparison.Ordinal) == true ? ".cagr.gap" : ".growth.gap");
                than = Than(clause, vocabulary);
                if (than is null) todo.Add("dims.than (the growth it is compared with)");
                if (previous is not null && previous.Dims.Count > 0) subjectDims = Own(previous);
            }
            else if (previous?.Measure is { } m && (m.EndsWith(".growth", StringComparison.Ordinal) || m.EndsWith(".share", StringComparison.Ordinal) || m.EndsWith(".cagr", StringComparison.Ordinal)))
            {
                measure = m + ".change";
                of = previous.Of;
                subjectDims = Own(previous);
            }
            else if (Share.Any(clause.Contains) && amount is not null) { measure = amount + ".share.change"; of = ShareWhole(clause, subjectDims, previous, vocabulary); }
            else measure = null;
            if (measure is null) todo.Add("measure (a change in points of which growth or share?)");
            else if (measure.EndsWith(".share.change", StringComparison.Ordinal) && of is null) todo.Add("dims.of (the whole of the share that changed)");
        }
        else if (symbol is "%" or "成")
        {
            if (Contribution.Any(clause.Contains))
            {
                measure = amount is null ? null : amount + ".contribution";
                of = ContributionWhole(clause, subjectDims, vocabulary);
                if (of is null) todo.Add("dims.of (the whole whose growth it contributes to)");
            }
            else if (Share.Any(clause.Contains))
            {
                measure = amount is null ? null : amount + ".share";
                of = ShareWhole(clause, subjectDims, previous, vocabulary);
                if (of is null) todo.Add("dims.of (the whole of the share)");
            }
            else if (average) measure = amount is null ? null : amount + ".cagr";
            else if (Growth.Any(clause.Contains) || Growth.Any(words.Sentence.EndsWith)) measure = amount is null ? null : amount + ".growth";
            else
            {
                measure = null;
                todo.Add("measure (a percentage of what?)");
            }
            if (measure is null && todo.Count == 0) todo.Add("measure (the amount it is a percentage of)");
        }
        else if (symbol == "倍")
        {
            // 增长 N 倍 is a growth (N × 100 %); 是 2018 年的 N 倍 the ratio of this year's value to that year's
            measure = amount is null ? null
                : Growth.Any(clause.Contains) ? amount + ".growth"
                : clause.Contains('是') && Periods.Since(clause) is not null ? amount + ".multiple" : null;
            if (measure is null) todo.Add("measure (增长 N 倍 is a growth; 是 … 的 N 倍 a multiple: a rule of kind multiple, mode ratio)");
            else if (measure.EndsWith(".multiple", StringComparison.Ordinal) && period is not null && Periods.Since(clause) is { } since && since != period)
                period = since + "-" + period;
        }
        else if (kind is "USD" or "CNY" or "EUR")
        {
            measure = amount is null ? null : kind == vocabulary.Currency ? amount : amount + "." + kind.ToLowerInvariant();
            if (measure is null) todo.Add("measure (an amount of what?)");
        }
        else
        {
            measure = (WordFinder.LastMeasure(clause, vocabulary, kind) ?? WordFinder.LastMeasure(words.Subject, vocabulary, kind))?.Word.Measure;
            if (measure is null) todo.Add("measure");
        }

        var dims = new List<KeyValuePair<string, string>>();
        foreach (var key in vocabulary.Order.Concat(subjectDims.Keys.Order(StringComparer.Ordinal)).Distinct())
            if (key is not "of" and not "than" && subjectDims.TryGetValue(key, out var v)) dims.Add(new(key, v));
        if (dims.Count == 0 && measure is not null && IsAmountMeasure(measure, vocabulary)) dims.AddRange(vocabulary.Totals);
        if (of is not null) dims.Add(new("of", of));
        if (than is not null) dims.Add(new("than", than));
        return new MeasureGuess(measure, Ordered(dims, vocabulary), period, qualifiers, todo);
    }

    /// <summary>
    /// True when points compare two growth rates (比全国增速高 5.1 个百分点, 增速高于 …), not a rate
    /// with its own last year (比上年提高 2.4 个百分点, 较上年下降 …).
    /// </summary>
    private static bool IsGap(string clause)
    {
        if (clause.Contains("上年", StringComparison.Ordinal) || clause.Contains("去年", StringComparison.Ordinal) || clause.Contains("同期", StringComparison.Ordinal) && !clause.Contains("增速", StringComparison.Ordinal)) return false;
        var rate = clause.Contains("增速", StringComparison.Ordinal) || clause.Contains("增幅", StringComparison.Ordinal) || clause.Contains("增长", StringComparison.Ordinal);
        return rate && Comparison.Any(c => clause.EndsWith(c, StringComparison.Ordinal) || clause.EndsWith(c + "出", StringComparison.Ordinal) || clause.Contains(c + "于", StringComparison.Ordinal));
    }

    /// <summary>The other side of a gap: 比全国 … 增速 → all, 比离岸 … → offshore.</summary>
    private static string? Than(string clause, Vocabulary vocabulary)
    {
        var at = clause.LastIndexOf('比');
        var other = at >= 0 ? clause[(at + 1)..] : clause.Contains('于') ? clause[(clause.IndexOf('于') + 1)..] : "";
        var named = WordFinder.Find(other, vocabulary.Dims, d => d.Word).Where(w => w.Item.Dims.Count > 0).ToList();
        if (named.Count > 0) return named[^1].Item.Dims[^1].Value;
        if (NationalWords.Any(other.Contains) || WholeWords.Any(other.Contains) || other.Contains("整体", StringComparison.Ordinal)) return Vocabulary.All;
        return null;
    }

    /// <summary>The dims of a guess without its whole (of, than): what the next figure of the sentence is about.</summary>
    private static Dictionary<string, string> Own(MeasureGuess guess) =>
        guess.Dims.Where(d => d.Key is not "of" and not "than").ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);

    /// <summary>True for a measure built on an amount's measure (execution, execution.growth …): national totals carry the vocabulary's totals.</summary>
    private static bool IsAmountMeasure(string measure, Vocabulary vocabulary)
    {
        var root = measure.Split('.')[0];
        return vocabulary.Measures.Any(m => m.Unit is null && m.Measure == root);
    }

    public static IReadOnlyList<KeyValuePair<string, string>> Ordered(IEnumerable<KeyValuePair<string, string>> dims, Vocabulary vocabulary)
    {
        var order = vocabulary.Order.ToList();
        int Rank(string key) => key switch { "of" => int.MaxValue - 1, "than" => int.MaxValue, _ => order.IndexOf(key) is var i && i >= 0 ? i : order.Count };
        return dims.GroupBy(d => d.Key).Select(g => g.Last()).OrderBy(d => Rank(d.Key)).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The whole a share is of: 占全部 … → all; 占 ITO … → ITO; 占离岸 … → offshore; 占全国 … → the
    /// subject's own scope nationally (offshore for an offshore amount), else all; a bare 占比 takes the
    /// whole of the share before it in the sentence, or the category of a service.
    /// </summary>
    private static string? ShareWhole(string clause, Dictionary<string, string> subject, MeasureGuess? previous, Vocabulary vocabulary)
    {
        var at = clause.LastIndexOf('占');
        var after = at >= 0 ? clause[(at + 1)..] : clause.Contains("比重", StringComparison.Ordinal) ? clause : "";
        if (WholeWords.Any(after.Contains)) return Vocabulary.All;
        var named = WordFinder.Find(after, vocabulary.Dims, d => d.Word).Where(w => w.Item.Dims.Count > 0).ToList();
        if (named.Count > 0) return named[^1].Item.Dims[^1].Value;
        if (NationalWords.Any(after.Contains))
            return subject.TryGetValue("scope", out var scope) && scope != Vocabulary.All ? scope : Vocabulary.All;
        if (previous?.Of is { } of) return of;
        if (subject.ContainsKey("service") && subject.TryGetValue("category", out var category)) return category;
        return null;
    }

    /// <summary>The whole a contribution rate is to: 对全国增长 … → the subject's scope nationally, else all.</summary>
    private static string? ContributionWhole(string clause, Dictionary<string, string> subject, Vocabulary vocabulary)
    {
        var at = clause.LastIndexOf('对');
        if (at < 0) return null;
        var after = clause[(at + 1)..];
        var named = WordFinder.Find(after, vocabulary.Dims, d => d.Word).Where(w => w.Item.Dims.Count > 0).ToList();
        if (named.Count > 0) return named[^1].Item.Dims[^1].Value;
        if (NationalWords.Any(after.Contains) || WholeWords.Any(after.Contains))
            return subject.TryGetValue("scope", out var scope) && scope != Vocabulary.All ? scope : Vocabulary.All;
        return null;
    }

    private static List<string> Qualifiers(FigureWords words)
    {
        var list = new List<string>();
        var clause = words.Clause;
        if (Decline.Any(clause.Contains)) list.Add("decline");
        foreach (var (word, qualifier) in Bounds.OrderByDescending(b => b.Word.Length))
            if (clause.EndsWith(word, StringComparison.Ordinal) || clause.EndsWith(word + "了", StringComparison.Ordinal) || clause.EndsWith(word + "达", StringComparison.Ordinal))
            {
                list.Add(qualifier);
                break;
            }
        if (list.Count(q => q != "decline") == 0)
        {
            if (words.After.StartsWith("以上", StringComparison.Ordinal)) list.Add("at-least");
            else if (words.After.StartsWith("左右", StringComparison.Ordinal)) list.Add("about");
            else if (words.ManyAfterNumber) list.Add("more-than");
        }
        return list;
    }
}
