using System.Text.RegularExpressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// Finds the figures of a report text: a number written in ASCII digits followed by a unit the
/// loader knows (spaces and line breaks may stand between them, even inside the unit, as the PDF
/// extraction leaves them). Years (2021 年), document numbers (〔2021〕180 号), ordinals (第 3)
/// and numbers without a unit (图 1-1, ratios 49.9：18.3) are not figures.
/// </summary>
public static partial class FigureScanner
{
    /// <summary>Unit symbols longest first, so 万亿人民币 wins over 万亿元 … and 个百分点 over 个.</summary>
    private static readonly string[] UnitSymbols = SymbolsOf(UnitRegistry.BuiltIn);

    /// <summary>The report's units (those it declares with their scaled forms too), longest first.</summary>
    private static string[] SymbolsOf(UnitRegistry units) =>
        units.ScannedForms.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray();

    /// <summary>The figures of the lines, read with the built-in units and those the report declares.</summary>
    public static IReadOnlyList<FoundFigure> Scan(LinedText text, int firstLine, int lastLine, UnitRegistry? units = null)
    {
        units ??= UnitRegistry.BuiltIn;
        var symbols = units.Declared.Count == 0 ? UnitSymbols : SymbolsOf(units);
        var found = new List<FoundFigure>();
        for (var line = firstLine; line <= lastLine; line++)
        {
            var start = text.StartOf(line);
            var lineText = text.Text[start..text.EndOf(line)];
            foreach (Match m in Number().Matches(lineText))
            {
                var at = start + m.Index;
                var figure = Read(text, m.Value, at, line, m.Index + 1, units, symbols);
                if (figure is not null) found.Add(figure);
            }
        }
        return found;
    }

    private static FoundFigure? Read(LinedText text, string written, int at, int line, int column, UnitRegistry units, string[] symbols)
    {
        var after = at + written.Length;
        var (symbol, end) = UnitAfter(text.Text, after, symbols);
        if (symbol is null) return null;
        if (IsYear(written, symbol) || PrecededBy(text.Text, at, "第")) return null;
        var unit = units.Find(symbol)!;
        var (more, moreEnd) = WordAfter(text.Text, end, "以上");
        return new FoundFigure(written, unit, line, column, at, more ? moreEnd : end, more);
    }

    /// <summary>The unit written after the offset (whitespace skipped, also inside it) and the offset after it.</summary>
    private static (string? Symbol, int End) UnitAfter(string text, int from, string[] symbols)
    {
        var squeezed = new List<(char C, int At)>();
        var limit = Math.Max(8, symbols.Length > 0 ? symbols[0].Length : 0); // the symbols are longest first
        for (var i = from; i < text.Length && squeezed.Count < limit; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) continue;
            squeezed.Add((c == '％' ? '%' : c, i));
        }
        var chars = new string(squeezed.Select(s => s.C).ToArray());
        foreach (var symbol in symbols)
            if (chars.StartsWith(symbol, StringComparison.Ordinal))
                return (symbol, squeezed[symbol.Length - 1].At + 1);
        return (null, from);
    }

    private static (bool Found, int End) WordAfter(string text, int from, string word)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return string.CompareOrdinal(text, i, word, 0, word.Length) == 0 ? (true, i + word.Length) : (false, from);
    }

    private static bool PrecededBy(string text, int at, string word)
    {
        var i = at - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i - word.Length + 1 >= 0 && string.CompareOrdinal(text, i - word.Length + 1, word, 0, word.Length) == 0;
    }

    /// <summary>A four-digit whole number from 1900 to 2099 before 年 is a date, not a duration.</summary>
    private static bool IsYear(string written, string symbol) =>
        symbol == "年" && written.Length == 4 && (written.StartsWith("19", StringComparison.Ordinal) || written.StartsWith("20", StringComparison.Ordinal));

    [GeneratedRegex(@"(?<![0-9.A-Za-z])[0-9]+(?:\.[0-9]+)?(?![0-9])")]
    private static partial Regex Number();
}
