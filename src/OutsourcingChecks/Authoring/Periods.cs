using System.Globalization;
using System.Text.RegularExpressions;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// The period of a figure, read from the text and never from another report: the last year named
/// before it in its sentence, else in the text just before; for an average growth, the span it is
/// averaged over (2016－2021 年; 过去五年 or 近五年: the five years to the year; 未来五年: the five
/// years from it; "十三五" 2016-2020, "十四五" 2021-2025).
/// </summary>
public static partial class Periods
{
    /// <summary>The last year named before the figure: in its sentence, else in the text just before.</summary>
    /// <remarks>
    /// Before the sentence, a year that sets the frame of what follows (2023 年，… : the year and a
    /// comma) is taken over one named in passing (2018 年为 812.4 亿元).
    /// </remarks>
    public static string? Year(string text, int at, string sentence)
    {
        var inSentence = YearWord().Matches(sentence);
        if (inSentence.Count > 0) return inSentence[^1].Groups[1].Value;
        var window = SourceText.Squeeze(text[Math.Max(0, at - Words.Lookback)..at]);
        var frames = YearFrame().Matches(window);
        if (frames.Count > 0) return frames[^1].Groups[1].Value;
        var before = YearWord().Matches(window);
        return before.Count > 0 ? before[^1].Groups[1].Value : null;
    }

    /// <summary>The year a multiple compares with (是 2018 年的 2.5 倍): the last year of the clause.</summary>
    public static string? Since(string clause) => YearWord().Matches(clause) is { Count: > 0 } m ? m[^1].Groups[1].Value : null;

    /// <summary>The span an average growth is over, from its sentence and the year before it; null when the words do not tell.</summary>
    public static string? Span(string sentence, string? year)
    {
        var ranges = YearRange().Matches(sentence);
        if (ranges.Count > 0) return $"{ranges[^1].Groups[1].Value}-{ranges[^1].Groups[2].Value}";
        if (sentence.Contains("十三五", StringComparison.Ordinal)) return "2016-2020";
        if (sentence.Contains("十四五", StringComparison.Ordinal)) return "2021-2025";
        if (year is null || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        var past = PastYears().Matches(sentence);
        if (past.Count > 0 && Length(past[^1].Groups[2].Value) is { } n) return $"{y - n}-{y}";
        var future = FutureYears().Matches(sentence);
        if (future.Count > 0 && Length(future[^1].Groups[1].Value) is { } m) return $"{y}-{y + m}";
        return null;
    }

    private static int? Length(string written) =>
        written.All(char.IsAsciiDigit) ? int.Parse(written, CultureInfo.InvariantCulture) : (int?)ChineseNumerals.Value(written);

    [GeneratedRegex(@"((?:19|20)[0-9]{2})年")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"((?:19|20)[0-9]{2})年(?:底|末|上半年|下半年)?[，,]")]
    private static partial Regex YearFrame();

    [GeneratedRegex(@"((?:19|20)[0-9]{2})年?[-－—–~～至到]((?:19|20)[0-9]{2})年")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(过去|近|前|最近)([0-9]+|[一二两三四五六七八九十]+)年")]
    private static partial Regex PastYears();

    [GeneratedRegex(@"未来([0-9]+|[一二两三四五六七八九十]+)年")]
    private static partial Regex FutureYears();
}
