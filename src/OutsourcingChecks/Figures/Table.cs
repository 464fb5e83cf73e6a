using System.Text.RegularExpressions;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Figures;

/// <summary>
/// A table of the report text: its caption (表 3-1 …, or 表 1 …) and its body, the lines after
/// the caption up to the line before its source (数据来源, 资料来源, 注), the next caption, the
/// first line of prose (a table that gives no source is followed by the text), or
/// <see cref="Tables.MaxBody"/> lines on. Every number in the body is a figure; its unit is in a
/// header or the caption, not after it.
/// </summary>
public sealed record Table(string Caption, int CaptionLine, int FirstLine, int LastLine)
{
    public bool Contains(int line) => line >= FirstLine && line <= LastLine;
}

/// <summary>Finds the tables of a report text.</summary>
public static partial class Tables
{
    /// <summary>A table body ends at most this many lines after its caption.</summary>
    public const int MaxBody = 120;

    public static IReadOnlyList<Table> Of(SourceText source)
    {
        var tables = new List<Table>();
        for (var l = 1; l <= source.Lines.Count; l++)
        {
            var caption = source.Line(l).Trim();
            if (!IsTableCaption(caption)) continue;
            var last = l;
            for (var k = l + 1; k <= source.Lines.Count && k <= l + MaxBody; k++)
            {
                var t = source.Line(k).Trim();
                if (EndsBody(t)) break;
                last = k;
            }
            if (last > l) tables.Add(new Table(caption, l, l + 1, last));
        }
        return tables;
    }

    /// <summary>The table each body line belongs to (a later caption ends the body before it, so tables do not overlap).</summary>
    public static IReadOnlyDictionary<int, Table> ByLine(IReadOnlyList<Table> tables)
    {
        var byLine = new Dictionary<int, Table>();
        foreach (var t in tables)
            for (var l = t.FirstLine; l <= t.LastLine; l++) byLine[l] = t;
        return byLine;
    }

    public static bool IsTableCaption(string trimmedLine) => TableCaption().IsMatch(trimmedLine);

    /// <summary>A line that ends a table body: its source, a note, another caption, or prose.</summary>
    private static bool EndsBody(string t) =>
        t.StartsWith("数据来源", StringComparison.Ordinal) || t.StartsWith("资料来源", StringComparison.Ordinal)
        || t.StartsWith("注", StringComparison.Ordinal) || TableCaption().IsMatch(t) || FigureCaption().IsMatch(t) || IsProse(t);

    /// <summary>
    /// A line of running text: a comma, semicolon or full stop outside brackets (a table's cells and
    /// labels have none; a header's 执行额（亿美元，%） and a unit line's 单位：亿美元，% do not count).
    /// </summary>
    private static bool IsProse(string t) =>
        !t.Contains("单位", StringComparison.Ordinal) && Bracketed().Replace(t, "").IndexOfAny(['，', '。', '；']) >= 0;

    [GeneratedRegex(@"[（(][^）)]*[）)]")]
    private static partial Regex Bracketed();

    /// <summary>表 3-1 or 表 1, then a space, the end of the line or anything but a digit.</summary>
    [GeneratedRegex(@"^表\s*[0-9]+(?:\s*[-－‐–]\s*[0-9]+)?(?![0-9.])")]
    private static partial Regex TableCaption();

    [GeneratedRegex(@"^图\s*[0-9]+(?:\s*[-－‐–]\s*[0-9]+)?(?![0-9.])")]
    private static partial Regex FigureCaption();
}
