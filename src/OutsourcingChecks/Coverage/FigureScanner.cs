using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Coverage;

/// <summary>
/// Finds every figure of a report text: an Arabic number (ASCII or full-width digits) followed by a
/// unit, or a Chinese numeral followed by a unit (三成, 两位数, 五家). The unit may stand after spaces
/// or line breaks, as the PDF extraction wraps lines. The first number of a range (2016－2021年)
/// takes the unit of the second, and so do the numbers of a list (816、1007、1490 个); 多 or 余
/// may stand between a number and its unit (20 多年). Decimals in a ratio (49.9：18.3：31.8) are figures with the unit
/// "：". In the body of a table (from a caption 表 3-1 to its 数据来源 line) every number is a
/// figure, its unit being in the table's header. Not figures: numbers with no unit, numbers inside a code (B2B),
/// a footnote mark written right after a unit (30.9%1), ordinals (第三), and 一/半/百/千 alone
/// before a counter (一个 is an article, 上半年 a period).
/// </summary>
public static partial class FigureScanner
{
    /// <summary>Line breaks a number may stand from its unit (the text puts a blank line between lines).</summary>
    private const int MaxBreaks = 4;

    /// <summary>The units read after an Arabic number: the built-in units and the bare scales.</summary>
    public static readonly IReadOnlyList<string> ArabicUnits = ArabicUnitsOf(UnitRegistry.BuiltIn);

    /// <summary>The units read after a Chinese numeral: the same and 位数 (两位数).</summary>
    public static readonly IReadOnlyList<string> ChineseUnits = ChineseUnitsOf(ArabicUnits);

    /// <summary>The report's units (those it declares with their scaled forms too) and the bare scales, longest first.</summary>
    private static IReadOnlyList<string> ArabicUnitsOf(UnitRegistry units) =>
        units.ScannedForms.Concat(["万亿美元", "万亿", "亿", "万"]).Distinct().OrderByDescending(u => u.Length).ThenBy(u => u, StringComparer.Ordinal).ToList();

    private static IReadOnlyList<string> ChineseUnitsOf(IReadOnlyList<string> arabic) =>
        arabic.Append("位数").OrderByDescending(u => u.Length).ThenBy(u => u, StringComparer.Ordinal).ToList();

    /// <summary>Units with which a lone 一, 半, 百 or 千 is a quantity rather than a word.</summary>
    private static readonly string[] LoneNumeralUnits = ["成", "倍", "位数"];

    private static readonly char[] RangeMarks = ['-', '－', '~', '～', '—', '–', '至', '到'];

    /// <summary>The figures of the text, read with the built-in units and those the report declares.</summary>
    public static IReadOnlyList<Figure> Scan(SourceText source, UnitRegistry? units = null)
    {
        var (arabicUnits, chineseUnits) = units is null
            ? (ArabicUnits, ChineseUnits)
            : (ArabicUnitsOf(units), ChineseUnitsOf(ArabicUnitsOf(units)));
        var text = Flatten(source, out var lineOf, out var columnOf);
        var tables = Tables(source);
        var figures = new List<Figure>();
        var lastUnitEnd = -1;
        var lastUnit = "";
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var end = NumberEnd(text, i);
                var number = text[i..end];
                var footnote = i == lastUnitEnd && lastUnit != "年" && number.Length <= 2 && !number.Contains('.');
                var inCode = i > 0 && (char.IsAsciiLetter(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '_');
                // A number beyond decimal's range (29 digits and more) is no figure a fact can state.
                if (!footnote && !inCode && decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    var unit = UnitAfter(text, end, arabicUnits) ?? RangeUnit(text, end, arabicUnits) ?? RatioUnit(text, i, end);
                    if (unit is { } u)
                    {
                        figures.Add(new Figure(lineOf[i], columnOf[i], number, value, u.Symbol, number + u.Symbol, false));
                        if (u.End > end) { lastUnitEnd = u.End; lastUnit = u.Symbol; }
                    }
                    else if (tables.GetValueOrDefault(lineOf[i]) is { } caption)
                        figures.Add(new Figure(lineOf[i], columnOf[i], number, value, "", number, false, caption));
                }
                i = end;
                continue;
            }
            if (ChineseNumerals.IsNumeralChar(c) && (i == 0 || !ChineseNumerals.IsNumeralChar(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && ChineseNumerals.IsNumeralChar(text[end])) end++;
                var numeral = text[i..end];
                if (!Ordinal(text, i) && ChineseNumerals.Value(numeral) is { } value && UnitAfter(text, end, chineseUnits) is { } u
                    && (numeral is not ("一" or "半" or "百" or "千") || LoneNumeralUnits.Contains(u.Symbol)))
                    figures.Add(new Figure(lineOf[i], columnOf[i], numeral, value, u.Symbol, numeral + u.Symbol, true));
                i = end;
                continue;
            }
            i++;
        }
        return figures;
    }

    /// <summary>The text as one string, full-width digits, point and percent made ASCII, with the line and column of each character.</summary>
    private static string Flatten(SourceText source, out int[] lineOf, out int[] columnOf)
    {
        var sb = new StringBuilder();
        var lines = new List<int>();
        var columns = new List<int>();
        for (var l = 0; l < source.Lines.Count; l++)
        {
            var line = source.Lines[l];
            for (var k = 0; k < line.Length; k++)
            {
                sb.Append(Normalise(line[k]));
                lines.Add(l + 1);
                columns.Add(k + 1);
            }
            sb.Append('\n');
            lines.Add(l + 1);
            columns.Add(line.Length + 1);
        }
        lineOf = lines.ToArray();
        columnOf = columns.ToArray();
        return sb.ToString();
    }

    public static char Normalise(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '％' => '%',
        _ => c,
    };

    /// <summary>The end of the digits, and of one decimal point with digits after it.</summary>
    private static int NumberEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        if (end + 1 < text.Length && text[end] == '.' && char.IsAsciiDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
        }
        return end;
    }

    /// <summary>The longest unit that starts after whitespace at <paramref name="from"/> (its characters may be split by whitespace too).</summary>
    private static (string Symbol, int End)? UnitAfter(string text, int from, IReadOnlyList<string> units)
    {
        var chars = new StringBuilder();
        var ends = new List<int>();
        var breaks = 0;
        var limit = Math.Max(6, units.Count > 0 ? units[0].Length : 0); // the units are longest first
        for (var k = from; k < text.Length && chars.Length < limit; k++)
        {
            var c = text[k];
            if (c == '\n') { if (++breaks > MaxBreaks) break; continue; }
            if (char.IsWhiteSpace(c)) continue;
            chars.Append(c);
            ends.Add(k + 1);
        }
        var ahead = chars.ToString();
        var offset = 0;
        if (ahead.Length > 1 && ahead[0] is '多' or '余') { ahead = ahead[1..]; offset = 1; }  // 20 多年, 5700 多项
        foreach (var u in units)
            if (ahead.StartsWith(u, StringComparison.Ordinal))
                return (u, ends[offset + u.Length - 1]);
        return null;
    }

    /// <summary>
    /// For a number of a range or a list (2016－2021年, 20~30 家, 816、1007、1490 个), the unit
    /// after the last number.
    /// </summary>
    private static (string Symbol, int End)? RangeUnit(string text, int from, IReadOnlyList<string> units)
    {
        var k = from;
        for (var hops = 0; hops < 12; hops++)
        {
            while (k < text.Length && text[k] is ' ' or '\t' or '\u3000') k++;
            if (k >= text.Length || !(RangeMarks.Contains(text[k]) || text[k] == '、')) return null;
            k++;
            while (k < text.Length && char.IsWhiteSpace(text[k])) k++;
            if (k >= text.Length || !char.IsAsciiDigit(text[k])) return null;
            k = NumberEnd(text, k);
            if (UnitAfter(text, k, units) is { } u) return (u.Symbol, from);
        }
        return null;
    }

    /// <summary>A decimal in a ratio written with full-width colons (49.9：18.3：31.8): the unit "：".</summary>
    private static (string Symbol, int End)? RatioUnit(string text, int start, int end)
    {
        if (!text.AsSpan(start, end - start).Contains('.')) return null;
        var b = start - 1;
        while (b >= 0 && char.IsWhiteSpace(text[b])) b--;
        var before = b >= 1 && text[b] == '：' && char.IsAsciiDigit(text[b - 1]);
        var after = end + 1 < text.Length && text[end] == '：' && char.IsAsciiDigit(text[end + 1]);
        return before || after ? ("：", end) : null;
    }

    /// <summary>
    /// The body lines of each table, with its caption: from the line after a caption (表 3-1 …)
    /// to the line before its source (数据来源, 资料来源, 注), another caption, or 120 lines on.
    /// </summary>
    public static IReadOnlyDictionary<int, string> Tables(SourceText source)
    {
        var body = new Dictionary<int, string>();
        for (var l = 1; l <= source.Lines.Count; l++)
        {
            var caption = source.Line(l).Trim();
            if (!TableCaption().IsMatch(caption)) continue;
            for (var k = l + 1; k <= source.Lines.Count && k <= l + 120; k++)
            {
                var t = source.Line(k).Trim();
                if (t.StartsWith("数据来源", StringComparison.Ordinal) || t.StartsWith("资料来源", StringComparison.Ordinal)
                    || t.StartsWith("注", StringComparison.Ordinal) || TableCaption().IsMatch(t) || FigureCaption().IsMatch(t)) break;
                body[k] = caption;
            }
        }
        return body;
    }

    [GeneratedRegex(@"^表\s*[0-9]+\s*[-－‐–]\s*[0-9]+")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"^图\s*[0-9]+\s*[-－‐–]\s*[0-9]+")]
    private static partial Regex FigureCaption();

    /// <summary>True when the numeral is an ordinal: 第 stands right before it.</summary>
    private static bool Ordinal(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k])) k--;
        return k >= 0 && text[k] == '第';
    }
}
