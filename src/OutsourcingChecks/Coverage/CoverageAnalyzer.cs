using System.Globalization;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Coverage;

/// <summary>
/// Matches every figure of the text to the facts and skipped entries of a report. A fact covers a
/// figure when its line is within <see cref="Slack"/> lines of the figure's and its value as written
/// equals the figure's number; a skipped entry, when its line is as near and its text holds the
/// number. Each fact covers one figure and each number of a skipped text one figure, nearest first.
/// </summary>
public static class CoverageAnalyzer
{
    public const int Slack = 2;

    public static CoverageResult Analyze(Report report)
    {
        var source = report.Source;
        var figures = FigureScanner.Scan(source, report.Units);
        var status = Enumerable.Repeat(FigureStatus.Uncovered, figures.Count).ToArray();
        var factOf = new string?[figures.Count];
        var reasonOf = new string?[figures.Count];

        var factUsed = new bool[report.Facts.Count];
        var factPairs = new List<(int Distance, int Figure, int Fact)>();
        var factsByValue = report.Facts.Select((f, k) => (f, k)).ToLookup(x => Math.Abs(x.f.Value.Number));
        for (var i = 0; i < figures.Count; i++)
            foreach (var (f, k) in factsByValue[figures[i].Value])
                if (Math.Abs(f.SourceLine - figures[i].Line) <= Slack)
                    factPairs.Add((Math.Abs(f.SourceLine - figures[i].Line), i, k));
        foreach (var (_, i, k) in factPairs.OrderBy(p => p.Distance).ThenBy(p => p.Figure).ThenBy(p => p.Fact))
        {
            if (status[i] != FigureStatus.Uncovered || factUsed[k]) continue;
            status[i] = FigureStatus.Covered;
            factOf[i] = report.Facts[k].Id;
            factUsed[k] = true;
        }

        // each number written in a skipped text accounts for one figure
        var slots = new List<(Skipped Entry, decimal Value)>();
        foreach (var s in report.Skipped)
            foreach (var v in NumbersIn(s.Text)) slots.Add((s, v));
        var slotUsed = new bool[slots.Count];
        var skipPairs = new List<(int Distance, int Figure, int Slot)>();
        for (var i = 0; i < figures.Count; i++)
        {
            if (status[i] != FigureStatus.Uncovered) continue;
            for (var k = 0; k < slots.Count; k++)
                if (slots[k].Value == figures[i].Value && Math.Abs(slots[k].Entry.SourceLine - figures[i].Line) <= Slack)
                    skipPairs.Add((Math.Abs(slots[k].Entry.SourceLine - figures[i].Line), i, k));
        }
        foreach (var (_, i, k) in skipPairs.OrderBy(p => p.Distance).ThenBy(p => p.Figure).ThenBy(p => p.Slot))
        {
            if (status[i] != FigureStatus.Uncovered || slotUsed[k]) continue;
            status[i] = FigureStatus.Skipped;
            reasonOf[i] = slots[k].Entry.Reason;
            slotUsed[k] = true;
        }

        var chapters = Chapters.Of(source);
        var byChapter = chapters.ToDictionary(c => c, _ => new List<FigureCoverage>());
        for (var i = 0; i < figures.Count; i++)
            byChapter[Chapters.For(chapters, figures[i].Line)].Add(
                new FigureCoverage(figures[i], status[i], factOf[i], reasonOf[i], Context(source, figures[i])));
        var unmatched = report.Facts.Where((_, k) => !factUsed[k]).ToList();
        return new CoverageResult(source.Path,
            chapters.Where(c => c.Number != 0 || byChapter[c].Count > 0).Select(c => new ChapterCoverage(c, byChapter[c])).ToList(),
            unmatched);
    }

    /// <summary>The numbers a skipped entry's text writes: Arabic (full-width too) and Chinese numerals.</summary>
    public static IEnumerable<decimal> NumbersIn(string text)
    {
        var t = new string(text.Select(FigureScanner.Normalise).ToArray());
        var i = 0;
        while (i < t.Length)
        {
            if (char.IsAsciiDigit(t[i]))
            {
                var end = i;
                while (end < t.Length && char.IsAsciiDigit(t[end])) end++;
                if (end + 1 < t.Length && t[end] == '.' && char.IsAsciiDigit(t[end + 1]))
                    for (end++; end < t.Length && char.IsAsciiDigit(t[end]); end++) { }
                // A number beyond decimal's range (29 digits and more) is no figure a fact can state.
                if (decimal.TryParse(t[i..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)) yield return n;
                i = end;
            }
            else if (ChineseNumerals.IsNumeralChar(t[i]))
            {
                var end = i;
                while (end < t.Length && ChineseNumerals.IsNumeralChar(t[end])) end++;
                if (ChineseNumerals.Value(t[i..end]) is { } v) yield return v;
                i = end;
            }
            else i++;
        }
    }

    /// <summary>The figure's line around it, spaces squeezed, at most about 24 characters either side.</summary>
    private static string Context(SourceText source, Figure figure)
    {
        var line = source.Line(figure.Line);
        var at = Math.Clamp(figure.Column - 1, 0, line.Length);
        var from = Math.Max(0, at - 24);
        var to = Math.Min(line.Length, at + figure.Number.Length + 24);
        var snippet = string.Join(' ', line[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return (from > 0 ? "…" : "") + snippet + (to < line.Length ? "…" : "");
    }
}
