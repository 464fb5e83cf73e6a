using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// What the review formats (Markdown, HTML, SARIF, JUnit) share about a run: its discrepancies in
/// report order, the figure each one states, a figure's surrounding text, and the names shown.
/// </summary>
public static class Discrepancies
{
    /// <summary>The inconsistent and acknowledged findings, by the first report line they involve, then id.</summary>
    public static IReadOnlyList<Finding> Of(CheckRun run) =>
        run.Findings.Where(f => f.Status != FindingStatus.Consistent)
            .OrderBy(FirstLine).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();

    public static int FirstLine(Finding f) => f.Figures.Count > 0 ? f.Figures.Min(x => x.SourceLine) : int.MaxValue;

    /// <summary>"inconsistent", "acknowledged" or "consistent": the word every format uses.</summary>
    public static string StatusName(FindingStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>
    /// The figure the finding's check states (a relation's stated side when it is one fact; the second
    /// statement of a same-quantity pair), else the first figure: the primary location of a finding.
    /// </summary>
    public static FigureRef? Primary(Finding f)
    {
        var stated = f.Check switch
        {
            RelationCheck { Stated: Expressions.Ref r } => r.Id,
            SameQuantityCheck s => s.Second,
            JointCheck => f.Joint?.Stated,
            _ => null,
        };
        foreach (var x in f.Figures)
            if (x.Id == stated) return x;
        return f.Figures.Count > 0 ? f.Figures[0] : null;
    }

    /// <summary>The report name: the folder the report text stands in (csod-2021).</summary>
    public static string ReportName(CheckRun run)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(run.Report.Source.Path));
        return string.IsNullOrEmpty(dir) ? "report" : Path.GetFileName(dir);
    }

    /// <summary>
    /// A report line with the <paramref name="radius"/> non-blank lines before and after it (the PDF
    /// extraction leaves blank lines between text lines), each with its number.
    /// </summary>
    public static IReadOnlyList<(int Line, string Text)> Context(SourceText source, int line, int radius = 2)
    {
        var lines = new List<(int, string)>();
        if (line < 1 || line > source.Lines.Count) return lines;
        var before = new List<(int, string)>();
        for (var n = line - 1; n >= 1 && before.Count < radius; n--)
            if (source.Line(n).Trim().Length > 0) before.Insert(0, (n, source.Line(n)));
        lines.AddRange(before);
        lines.Add((line, source.Line(line)));
        for (int n = line + 1, after = 0; n <= source.Lines.Count && after < radius; n++)
            if (source.Line(n).Trim().Length > 0) { lines.Add((n, source.Line(n))); after++; }
        return lines;
    }

    /// <summary>The chapters a finding's figures stand in, in order.</summary>
    public static IReadOnlyList<Chapter> ChaptersOf(Finding f, ChapterMap chapters) =>
        f.Figures.Select(x => chapters.At(x.SourceLine)).OfType<Chapter>().Distinct().OrderBy(c => c.FirstLine).ToList();

    /// <summary>How far the stated figure is off, in units of its last written digit, when known.</summary>
    public static string? Margin(Finding f) =>
        f.Margin is { } m && m != 0m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
}
