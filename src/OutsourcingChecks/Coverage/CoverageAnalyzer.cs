using System.Globalization;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Coverage;

/// <summary>
/// Matches every figure of the text to the facts and skipped entries of a report. A fact covers a
/// figure when its line is within <see cref="Slack"/> lines of the figure's and its value as written
/// equals the figure's number; a skipped entry, when its line is as near and its text holds the
/// number. Each fact covers one figure and each number of a skipped text one figure, nearest first.
/// </summary>
/// <remarks>
/// Facts and the numbers of skipped texts are looked up by value, so the work is the figures plus
/// the pairs within the slack, not figures times entries.
/// </remarks>
public static class CoverageAnalyzer
{
    public const int Slack = 2;

    public static CoverageResult Analyze(Report report)
    {
        var source = report.Source;
        var figures = FigureScanner.Scan(new LinedText(source), report.Units).ToArray();
        var status = new FigureStatus[figures.Length];
        Array.Fill(status, FigureStatus.Uncovered);
        var factOf = new string?[figures.Length];
        var reasonOf = new string?[figures.Length];

        var factUsed = new bool[report.Facts.Count];
        // the pairs within the slack, nearest first, then in figure order, then in fact order: one list
        // per distance, each filled in that order, so no sort (a long text has many figures per fact)
        var factPairs = NewBuckets();
        var factsByValue = report.Facts.Select((f, k) => (f, k)).ToLookup(x => Math.Abs(x.f.Value.Number));
        for (var i = 0; i < figures.Length; i++)
            if (figures[i].Value is { } value)
                foreach (var (f, k) in factsByValue[value])
                    if (Math.Abs(f.SourceLine - figures[i].Line) <= Slack)
                        factPairs[Math.Abs(f.SourceLine - figures[i].Line)].Add((i, k));
        foreach (var (i, k) in factPairs.SelectMany(b => b))
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
        var slotsByValue = Enumerable.Range(0, slots.Count).ToLookup(k => slots[k].Value);
        var slotUsed = new bool[slots.Count];
        var skipPairs = NewBuckets();
        for (var i = 0; i < figures.Length; i++)
        {
            if (status[i] != FigureStatus.Uncovered || figures[i].Value is not { } value) continue;
            foreach (var k in slotsByValue[value])
                if (Math.Abs(slots[k].Entry.SourceLine - figures[i].Line) <= Slack)
                    skipPairs[Math.Abs(slots[k].Entry.SourceLine - figures[i].Line)].Add((i, k));
        }
        foreach (var (i, k) in skipPairs.SelectMany(b => b))
        {
            if (status[i] != FigureStatus.Uncovered || slotUsed[k]) continue;
            status[i] = FigureStatus.Skipped;
            reasonOf[i] = slots[k].Entry.Reason;
            slotUsed[k] = true;
        }

        var chapters = Chapters.Of(source);
        // figures come in line order, so each chapter's are a run of them: a view on the shared arrays, not a copy
        var all = figures as Figure[] ?? figures.ToArray();
        var views = new List<ChapterCoverage>();
        for (int c = 0, i = 0; c < chapters.Count; c++)
        {
            var start = i;
            while (i < all.Length && (c + 1 >= chapters.Count || all[i].Line < chapters[c + 1].FirstLine)) i++;
            if (chapters[c].Number != 0 || i > start)
                views.Add(new ChapterCoverage(chapters[c], new CoverageView(all, status, factOf, reasonOf, source, start, i - start)));
        }
        var unmatched = report.Facts.Where((_, k) => !factUsed[k]).ToList();
        return new CoverageResult(source.Path, views, unmatched);
    }

    private static List<(int Figure, int Entry)>[] NewBuckets() => Enumerable.Range(0, Slack + 1).Select(_ => new List<(int, int)>()).ToArray();

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
                if (decimal.TryParse(t[i..end], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)) yield return v;
                i = end;
            }
            else if (ChineseNumerals.IsNumeralChar(t[i]))
            {
                var end = i;
                while (end < t.Length && ChineseNumerals.IsNumeralChar(t[end])) end++;
                if (end - i <= 16 && ChineseNumerals.Value(t[i..end]) is { } v) yield return v;
                i = end;
            }
            else i++;
        }
    }

    /// <summary>The figure's line around it, spaces squeezed, at most about 24 characters either side.</summary>
    public static string Context(SourceText source, Figure figure)
    {
        var line = source.Line(figure.Line);
        var at = Math.Clamp(figure.Column - 1, 0, line.Length);
        var from = Math.Max(0, at - 24);
        var to = Math.Min(line.Length, at + figure.Number.Length + 24);
        // one string, runs of spaces made one and the ends trimmed, without copying the line
        Span<char> buffer = stackalloc char[to - from + 2];
        var n = 0;
        if (from > 0) buffer[n++] = '…';
        var start = n;
        foreach (var c in line.AsSpan(from, to - from))
        {
            if (c == ' ' && (n == start || buffer[n - 1] == ' ')) continue;
            buffer[n++] = c;
        }
        if (n > start && buffer[n - 1] == ' ') n--;
        if (to < line.Length) buffer[n++] = '…';
        return buffer[..n].ToString();
    }
}
