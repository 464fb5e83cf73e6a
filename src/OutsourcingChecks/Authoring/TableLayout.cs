using System.Text.RegularExpressions;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// How a table's body reads: its unit line (金额单位：亿美元), its header (the column names, wrapped
/// across lines as the PDF extraction leaves them: a piece of one or two characters or one in
/// brackets continues the name before it), and its rows, each a label and its cells. A cell is
/// read by its row label, its column's name and the caption: the measure, dims, unit and period of
/// the figure it holds.
/// </summary>
public sealed partial class TableLayout
{
    private static readonly string[] TotalLabels = ["合计", "总计", "全部", "总体"];

    public Table Table { get; }

    /// <summary>The unit the unit line gives (金额单位：亿美元), when it names a known unit.</summary>
    public string? Unit { get; }

    /// <summary>The column names, the row labels' column first when the header names it; null when the header does not line up with the rows.</summary>
    public IReadOnlyList<string>? Columns { get; }

    /// <summary>The first line holding a row with a label and numbers.</summary>
    public int FirstRow { get; }

    private readonly SourceText _source;

    private TableLayout(Table table, SourceText source, string? unit, IReadOnlyList<string>? columns, int firstRow)
    {
        Table = table;
        _source = source;
        Unit = unit;
        Columns = columns;
        FirstRow = firstRow;
    }

    public static TableLayout Of(Table table, SourceText source, UnitRegistry? units = null)
    {
        string? unit = null;
        var header = new List<string>();
        var firstRow = table.LastLine + 1;
        var width = 0;
        for (var l = table.FirstLine; l <= table.LastLine; l++)
        {
            var text = source.Line(l).Trim();
            if (text.Length == 0) continue;
            if (text.Contains("单位", StringComparison.Ordinal))
            {
                var m = UnitLine().Match(text);
                if (m.Success && (units ?? UnitRegistry.BuiltIn).Find(m.Groups[1].Value) is { } u) unit = u.Symbol;
                continue;
            }
            var cells = Cells(text);
            if (firstRow > table.LastLine && cells.Count > 0 && !IsHeaderRow(text)) firstRow = l;
            if (firstRow > table.LastLine) header.AddRange(text.Split([' ', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
            else width = Math.Max(width, cells.Count);
        }
        var names = new List<string>();
        foreach (var piece in header)
        {
            if (names.Count > 0 && (piece.Length == 1 || piece[0] is '（' or '(')) names[^1] += piece;
            else names.Add(piece);
        }
        IReadOnlyList<string>? columns = names.Count == width + 1 ? names : names.Count == width ? names.Prepend("").ToList() : null;
        return new TableLayout(table, source, unit, columns, firstRow);
    }

    /// <summary>A row whose numbers are all years (区域 2016年 2017年 …) heads the columns.</summary>
    private static bool IsHeaderRow(string text) => Cells(text).Count == YearName().Matches(text).Count;

    /// <summary>The numbers of a line, as offsets in it.</summary>
    private static List<int> Cells(string text) => Number().Matches(text).Select(m => m.Index).ToList();

    /// <summary>The cell a figure stands in: its row's label, its column's name (null when the header does not line up), its index in the row.</summary>
    public (string Label, string? Column, int Index) CellOf(Figure figure)
    {
        var line = _source.Line(figure.Line);
        var cells = Number().Matches(line).Select(m => m.Index).ToList();
        var index = cells.Count(c => c < figure.Column - 1);
        var label = SourceText.Squeeze(cells.Count > 0 ? line[..cells[0]] : line);
        var column = Columns is { } cols && index + 1 < cols.Count ? cols[index + 1] : null;
        return (label, column, index);
    }

    /// <summary>True when the row label names the whole (合计, 总计 …).</summary>
    public static bool IsTotalRow(string label) => TotalLabels.Any(label.StartsWith);

    /// <summary>The unit of a column: a unit in brackets in its name (（%）, （亿美元）), else the unit line's.</summary>
    public string? UnitOf(string? column, UnitRegistry units)
    {
        if (column is not null)
        {
            var m = BracketUnit().Match(column);
            if (m.Success && units.Find(m.Groups[1].Value.Replace('％', '%')) is { } u) return u.Symbol;
        }
        return Unit ?? (BracketUnit().Match(Table.Caption) is { Success: true } c && units.Find(c.Groups[1].Value) is { } cu ? cu.Symbol : null);
    }

    /// <summary>The table's short name for ids: 表 3-1 is t3_1, 表 1 is t1.</summary>
    public string Prefix => "t" + string.Join("_", CaptionNumber().Match(Table.Caption).Groups.Values.Skip(1).Where(g => g.Success).Select(g => g.Value));

    [GeneratedRegex(@"单位\s*[：:]\s*(\S+?)[）)]?$")]
    private static partial Regex UnitLine();

    [GeneratedRegex(@"[（(]\s*([^）)]+?)\s*[）)]")]
    private static partial Regex BracketUnit();

    [GeneratedRegex(@"(?<![0-9.０-９．])[0-9０-９]+(?:[.．][0-9０-９]+)?(?![0-9０-９])")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}\s*年")]
    private static partial Regex YearName();

    [GeneratedRegex(@"^表\s*([0-9]+)(?:\s*[-－‐–]\s*([0-9]+))?")]
    private static partial Regex CaptionNumber();
}
