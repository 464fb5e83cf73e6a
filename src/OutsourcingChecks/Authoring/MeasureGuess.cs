using System.Text.RegularExpressions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Authoring;

/// <summary>What the words before a figure suggest it measures; <see cref="Todo"/> says what they do not tell.</summary>
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
/// Guesses a figure's measure, dims, period and qualifiers from the words before it: the clause
/// (since the last comma), the segment (since the last semicolon) and the sentence (since the last
/// full stop). An amount takes its measure from 执行额 / 合同额 and its scope, category and service
/// from the sentence; a percentage after 增长 is the growth and after 占 the share of the amount
/// before it; 个百分点 is the change of the growth or share stated just before it.
/// </summary>
public static partial class MeasureGuesser
{
    private const int Lookback = 400;

    /// <summary>Guesses for one figure, given the guesses for the figures before it in its sentence.</summary>
    public static MeasureGuess Guess(LinedText text, FoundFigure figure, IReadOnlyList<MeasureGuess> sentenceSoFar)
    {
        var sentence = Before(text.Text, figure.Start, "。！？");
        var segment = Tail(sentence, "；;");
        var clause = Tail(segment, "，,、（(：:；");
        var isShareClause = Vocabulary.Share.Any(clause.Contains);
        // The words of a share clause name the whole (占 ITO 执行额的), not the part.
        var subjectSentence = isShareClause ? sentence[..^clause.Length] : sentence;
        var subjectSegment = isShareClause ? segment[..^clause.Length] : segment;

        var todo = new List<string>();
        var qualifiers = Qualifiers(clause, figure);
        var baseMeasure = LastOf(sentence, Vocabulary.Measures.Select(m => (m.Word, m.Measure)));
        var service = LastService(subjectSegment);
        var (measure, of) = Measure(figure.Unit, clause, baseMeasure, sentenceSoFar, service, todo);
        var dims = Dims(subjectSentence, subjectSegment, service, measure, of);
        var period = Period(text.Text, figure.Start, sentence);
        if (period is null) todo.Add("period (no year before the figure)");
        return new MeasureGuess(measure, dims, period, qualifiers, todo);
    }

    private static (string? Measure, string? Of) Measure(Unit unit, string clause, string? baseMeasure, IReadOnlyList<MeasureGuess> sentenceSoFar,
        ServiceName? service, List<string> todo)
    {
        var dimension = unit.Dimension.ToString();
        var previous = sentenceSoFar.Count > 0 ? sentenceSoFar[^1] : null;
        if (unit.Symbol == "个百分点")
        {
            if (baseMeasure is not null && Vocabulary.Comparison.Any(c => clause.Contains("增速" + c, StringComparison.Ordinal)))
            {
                todo.Add("dims.than (the growth it is compared with)");
                return (baseMeasure + ".growth.gap", null);
            }
            var kind = previous?.Measure switch
            {
                { } m when m.EndsWith(".growth", StringComparison.Ordinal) => m + ".change",
                { } m when m.EndsWith(".share", StringComparison.Ordinal) => m + ".change",
                _ => null,
            };
            if (kind is not null) return (kind, previous!.Of);
            if (baseMeasure is not null && Vocabulary.Share.Any(clause.Contains)) return (baseMeasure + ".share.change", null);
            todo.Add("measure (a change in points of which growth or share?)");
            return (null, null);
        }
        if (unit.Symbol == "%")
        {
            if (Vocabulary.Share.Any(clause.Contains))
            {
                var of = Whole(clause)
                    ?? (clause.EndsWith("占比", StringComparison.Ordinal) ? sentenceSoFar.LastOrDefault(g => g.Of is not null)?.Of ?? service?.Category : null);
                if (of is null) todo.Add("dims.of (the whole of the share)");
                if (baseMeasure is null) todo.Add("measure (a share of what amount?)");
                return (baseMeasure is null ? null : baseMeasure + ".share", of);
            }
            if (clause.Contains("年均", StringComparison.Ordinal))
            {
                if (baseMeasure is null) todo.Add("measure (the average growth of what amount?)");
                todo.Add("period (a span: 2016-2021)");
                return (baseMeasure is null ? null : baseMeasure + ".cagr", null);
            }
            if (Vocabulary.Growth.Any(clause.Contains))
            {
                if (baseMeasure is null) todo.Add("measure (the growth of what amount?)");
                return (baseMeasure is null ? null : baseMeasure + ".growth", null);
            }
            todo.Add("measure (a percentage of what?)");
            return (null, null);
        }
        if (dimension is "USD" or "CNY" or "EUR" && baseMeasure is not null)
            return (dimension == "USD" ? baseMeasure : baseMeasure + "." + dimension.ToLowerInvariant(), null);
        todo.Add(unit.Symbol == "倍" ? "measure (增长 N 倍 is a growth, 是 N 倍 a ratio)" : "measure");
        return (null, null);
    }

    /// <summary>The whole named in a share clause: 占全部 … → all, 占 ITO … → ITO, 占离岸 … → offshore.</summary>
    private static string? Whole(string clause)
    {
        var after = clause[clause.LastIndexOf('占')..];
        if (after.Contains("全部", StringComparison.Ordinal) || after.Contains("全国", StringComparison.Ordinal)) return "all";
        if (LastOf(after, Vocabulary.Categories.Select(c => (c, c))) is { } category) return category;
        return LastOf(after, Vocabulary.Scopes.Select(s => (s.Word, s.Scope)));
    }

    private static List<KeyValuePair<string, string>> Dims(string sentence, string segment, ServiceName? service, string? measure, string? of)
    {
        var dims = new List<KeyValuePair<string, string>>();
        var scope = LastOf(sentence, Vocabulary.Scopes.Select(s => (s.Word, s.Scope)));
        var category = service?.Category ?? LastOf(segment, Vocabulary.Categories.Select(c => (c, c)));
        var region = LastOf(segment, Vocabulary.Regions.Select(r => (r.Word, r.Region)));
        var market = LastOf(segment, Vocabulary.Markets.Select(m => (m.Word, m.Market)));
        if (scope is null && category is null && region is null && market is null && measure is not null)
        {
            dims.Add(new("scope", "all"));
            dims.Add(new("category", "all"));
        }
        if (scope is not null) dims.Add(new("scope", scope));
        if (category is not null) dims.Add(new("category", category));
        if (service is not null) dims.Add(new("service", service.Slug));
        if (region is not null) dims.Add(new("region", region));
        if (market is not null) dims.Add(new("market", market));
        if (of is not null) dims.Add(new("of", of));
        return dims;
    }

    private static List<string> Qualifiers(string clause, FoundFigure figure)
    {
        var list = new List<string>();
        if (Vocabulary.Decline.Any(clause.Contains)) list.Add("decline");
        foreach (var (word, qualifier) in Vocabulary.Bounds)
            if (clause.EndsWith(word, StringComparison.Ordinal) || clause.EndsWith(word + "了", StringComparison.Ordinal))
            {
                list.Add(qualifier);
                break;
            }
        if (figure.AtLeastAfter) list.Add("at-least");
        return list;
    }

    /// <summary>The last year named before the figure: in its sentence, else in the text just before.</summary>
    private static string? Period(string text, int at, string sentence)
    {
        var inSentence = Year().Matches(sentence);
        if (inSentence.Count > 0) return inSentence[^1].Groups[1].Value;
        var window = SourceText.Squeeze(text[Math.Max(0, at - Lookback)..at]);
        var before = Year().Matches(window);
        return before.Count > 0 ? before[^1].Groups[1].Value : null;
    }

    /// <summary>The service named last, a longer name winning over a shorter one inside it (信息技术研发服务 is not 研发服务).</summary>
    private static ServiceName? LastService(string text)
    {
        var masked = text.ToCharArray();
        var (best, found) = (-1, (ServiceName?)null);
        foreach (var service in Vocabulary.Services.OrderByDescending(s => s.Word.Length))
        {
            var flat = new string(masked);
            for (var i = flat.IndexOf(service.Word, StringComparison.Ordinal); i >= 0; i = flat.IndexOf(service.Word, i + 1, StringComparison.Ordinal))
            {
                if (i > best) (best, found) = (i, service);
                for (var j = i; j < i + service.Word.Length; j++) masked[j] = '\0';
            }
        }
        return found;
    }

    private static string? LastOf(string text, IEnumerable<(string Word, string Value)> words) =>
        LastIndexed(text, words.Select(w => (w.Word, w.Value)));

    private static T? LastIndexed<T>(string text, IEnumerable<(string Word, T Value)> words) where T : class
    {
        var best = -1;
        T? value = null;
        foreach (var (word, v) in words)
        {
            var i = text.LastIndexOf(word, StringComparison.Ordinal);
            if (i > best) { best = i; value = v; }
        }
        return value;
    }

    /// <summary>The text (without whitespace) from the last stop before the offset to the offset.</summary>
    private static string Before(string text, int at, string stops)
    {
        var from = Math.Max(0, at - Lookback);
        var i = text.LastIndexOfAny(stops.ToCharArray(), at - 1, at - from);
        return SourceText.Squeeze(text[(i >= 0 ? i + 1 : from)..at]);
    }

    private static string Tail(string text, string stops)
    {
        var i = text.LastIndexOfAny(stops.ToCharArray());
        return i >= 0 ? text[(i + 1)..] : text;
    }

    [GeneratedRegex(@"((?:19|20)[0-9]{2})年")]
    private static partial Regex Year();
}
