using System.Globalization;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Figures;

/// <summary>
/// The one definition of a figure, for coverage, stub, diff and drafts. A figure is an Arabic
/// number (ASCII or full-width digits) followed by a unit, or a Chinese numeral followed by a unit
/// (三成, 两位数, 五家). The unit may stand after spaces or line breaks, as the PDF extraction wraps
/// lines. The first number of a range (2016－2021年) takes the unit of the second, and so do the
/// numbers of a list (816、1007、1490 个); 多 or 余 may stand between a number and its unit (20 多年).
/// Decimals in a ratio (49.9：18.3：31.8) are figures with the unit "：". In the body of a table
/// (<see cref="Tables"/>) every number is a figure, its unit being in the table's header.
/// Not figures: numbers with no unit, numbers inside a code (B2B), a footnote mark written right
/// after a unit (30.9%1), ordinals (第三), and 一/半/百/千 alone before a counter (一个 is an
/// article, 上半年 a period). Years (2021 年) are figures: a fact or a skipped entry accounts for each.
/// </summary>
/// <remarks>
/// One pass over the text, left to right; each number looks ahead a bounded distance (its unit
/// within <see cref="MaxBreaks"/> line breaks and a few characters, a list within
/// <see cref="MaxListHops"/> numbers) and back a bounded distance, so the time is linear in the
/// text and the memory beyond the text is the figures returned (and nothing when enumerated lazily).
/// </remarks>
public static class FigureScanner
{
    /// <summary>Line breaks a number may stand from its unit (the text puts a blank line between lines).</summary>
    private const int MaxBreaks = 4;

    /// <summary>The numbers of a list or range looked through for the unit after the last.</summary>
    private const int MaxListHops = 12;

    /// <summary>Whitespace skipped before a ratio's colon (a ratio wrapped across lines).</summary>
    private const int MaxRatioGap = 64;

    /// <summary>The unit of a term of a ratio (49.9：18.3：31.8).</summary>
    public const string RatioUnit = "：";

    /// <summary>Numerals that alone before a counter are words (一个, 上半年), except before these units.</summary>
    private static readonly string[] LoneNumeralUnits = ["成", "倍", "位数"];

    private static readonly char[] RangeMarks = ['-', '－', '~', '～', '—', '–', '至', '到'];

    /// <summary>Every figure of the text, in text order.</summary>
    public static IReadOnlyList<Figure> Scan(SourceText source, UnitRegistry? units = null) => Scan(new LinedText(source), units).ToList();

    /// <summary>Every figure of the text, in text order, found as the sequence is enumerated.</summary>
    /// <remarks>The units: the built-in ones, or a report's registry with the units it declares.</remarks>
    public static IEnumerable<Figure> Scan(LinedText lined, UnitRegistry? registry = null)
    {
        var units = FigureUnits.Of(registry);
        var text = lined.Text;
        var tables = Tables.ByLine(Tables.Of(lined.Source));
        var seen = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var lastUnitEnd = -1;
        var lastUnit = "";
        var i = 0;
        while (i < text.Length)
        {
            var c = Normalise(text[i]);
            if (char.IsAsciiDigit(c))
            {
                var end = NumberEnd(text, i);
                var footnote = i == lastUnitEnd && lastUnit != "年" && end - i <= 2 && !IsPoint(text, i, end);
                var inCode = i > 0 && Normalise(text[i - 1]) is var p && (char.IsAsciiLetter(p) || p == '.' || p == '_');
                // A number beyond decimal's range (29 digits and more) is no figure a fact can state (nor a skipped entry name).
                if (!footnote && !inCode && Fits(text, i, end))
                {
                    var number = Ascii(text, i, end, seen);
                    var unit = UnitAfter(text, end, units, chinese: false) ?? ListUnit(text, end, units) ?? Ratio(text, i, end);
                    var line = lined.LineOf(i);
                    if (unit is { } u)
                    {
                        yield return new Figure(line, i - lined.StartOf(line) + 1, number, u.Symbol, false, null, i, u.End);
                        if (u.End > end) (lastUnitEnd, lastUnit) = (u.End, u.Symbol);
                    }
                    else if (tables.GetValueOrDefault(line) is { } table)
                        yield return new Figure(line, i - lined.StartOf(line) + 1, number, "", false, table, i, end);
                }
                i = end;
                continue;
            }
            if (ChineseNumerals.IsNumeralChar(c) && (i == 0 || !ChineseNumerals.IsNumeralChar(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && ChineseNumerals.IsNumeralChar(text[end])) end++;
                if (end - i <= 16 && !Ordinal(text, i))
                {
                    var numeral = text[i..end];
                    if (ChineseNumerals.Value(numeral) is not null && UnitAfter(text, end, units, chinese: true) is { } u
                        && (numeral is not ("一" or "半" or "百" or "千") || LoneNumeralUnits.Contains(u.Symbol)))
                    {
                        var line = lined.LineOf(i);
                        yield return new Figure(line, i - lined.StartOf(line) + 1, numeral, u.Symbol, true, null, i, u.End);
                    }
                }
                i = end;
                continue;
            }
            i++;
        }
    }

    /// <summary>Full-width digits, point and percent as ASCII; every other character as it is.</summary>
    public static char Normalise(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '％' => '%',
        _ => c,
    };

    private static bool IsDigit(string text, int at) => at < text.Length && char.IsAsciiDigit(Normalise(text[at]));

    private static bool IsPoint(string text, int start, int end)
    {
        for (var k = start; k < end; k++) if (Normalise(text[k]) == '.') return true;
        return false;
    }

    /// <summary>The end of the digits, and of one decimal point with digits after it.</summary>
    private static int NumberEnd(string text, int start)
    {
        var end = start;
        while (IsDigit(text, end)) end++;
        if (end + 1 < text.Length && Normalise(text[end]) == '.' && IsDigit(text, end + 1))
        {
            end++;
            while (IsDigit(text, end)) end++;
        }
        return end;
    }

    /// <summary>
    /// The number with its digits and point made ASCII; a number seen before is the same string (a
    /// table or a long text repeats its numbers), from a cache of at most <see cref="MaxShared"/>.
    /// </summary>
    private static string Ascii(string text, int start, int end, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> seen)
    {
        Span<char> buffer = stackalloc char[Math.Min(end - start, 64)];
        var span = text.AsSpan(start, end - start);
        if (span.Length > buffer.Length) return string.Create(span.Length, (text, start), static (b, s) => { for (var k = 0; k < b.Length; k++) b[k] = Normalise(s.text[s.start + k]); });
        for (var k = 0; k < span.Length; k++) buffer[k] = Normalise(span[k]);
        if (seen.TryGetValue(buffer, out var shared)) return shared;
        var number = buffer.ToString();
        if (seen.Dictionary.Count < MaxShared) seen.Dictionary[number] = number;
        return number;
    }

    /// <summary>True when the number has at most 28 digits, as a fact's value may (so it fits a decimal).</summary>
    private static bool Fits(string text, int start, int end)
    {
        var digits = 0;
        for (var k = start; k < end; k++) if (char.IsAsciiDigit(Normalise(text[k]))) digits++;
        return digits <= 28;
    }

    /// <summary>How many distinct numbers the scanner keeps to share.</summary>
    private const int MaxShared = 4096;

    /// <summary>The number's value; null when it does not fit a decimal.</summary>
    public static decimal? Parse(string number) =>
        decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>
    /// The longest unit that starts after whitespace at <paramref name="from"/> (its characters may
    /// be split by whitespace too), past one 多 or 余; the offset after its last character.
    /// </summary>
    private static (string Symbol, int End)? UnitAfter(string text, int from, FigureUnits units, bool chinese)
    {
        var room = units.Longest + 1;
        Span<char> ahead = stackalloc char[room];
        Span<int> ends = stackalloc int[room];
        var n = 0;
        var breaks = 0;
        for (var k = from; k < text.Length && n < room; k++)
        {
            var c = text[k];
            if (c == '\n') { if (++breaks > MaxBreaks) break; continue; }
            if (char.IsWhiteSpace(c)) continue;
            ahead[n] = Normalise(c);
            ends[n++] = k + 1;
        }
        var skip = n > 1 && ahead[0] is '多' or '余' ? 1 : 0; // 20 多年, 5700 多项
        return units.Match(ahead[skip..n], chinese) is { } symbol ? (symbol, ends[skip + symbol.Length - 1]) : null;
    }

    /// <summary>
    /// For a number of a range or a list (2016－2021年, 20~30 家, 816、1007、1490 个), the unit
    /// after the last number; the figure ends with its own number.
    /// </summary>
    private static (string Symbol, int End)? ListUnit(string text, int from, FigureUnits units)
    {
        var k = from;
        for (var hops = 0; hops < MaxListHops; hops++)
        {
            while (k < text.Length && text[k] is ' ' or '\t' or '\u3000') k++;
            if (k >= text.Length || !(RangeMarks.Contains(text[k]) || text[k] == '、')) return null;
            k++;
            while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
            if (!IsDigit(text, k)) return null;
            k = NumberEnd(text, k);
            if (UnitAfter(text, k, units, chinese: false) is { } u) return (u.Symbol, from);
        }
        return null;
    }

    /// <summary>A decimal in a ratio written with full-width colons (49.9：18.3：31.8).</summary>
    private static (string Symbol, int End)? Ratio(string text, int start, int end)
    {
        if (!IsPoint(text, start, end)) return null;
        var b = start - 1;
        while (b >= 0 && start - b <= MaxRatioGap && char.IsWhiteSpace(text[b])) b--;
        var before = b >= 1 && text[b] == '：' && IsDigit(text, b - 1);
        var after = end + 1 < text.Length && text[end] == '：' && IsDigit(text, end + 1);
        return before || after ? (RatioUnit, end) : null;
    }

    /// <summary>True when the numeral is an ordinal: 第 stands right before it.</summary>
    private static bool Ordinal(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && start - k <= MaxRatioGap && char.IsWhiteSpace(text[k])) k--;
        return k >= 0 && text[k] == '第';
    }
}
