using System.Globalization;
using System.Text;
using OutsourcingChecks.Coverage;

namespace OutsourcingChecks.Reporting;

/// <summary>The coverage for a terminal: a table per chapter, then every uncovered figure with line and context.</summary>
public static class CoverageText
{
    public static string Render(IReadOnlyList<CoverageResult> results)
    {
        var sb = new StringBuilder();
        foreach (var r in results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Report text: {r.SourcePath}");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"{"chapter",-8} {"found",6} {"covered",8} {"skipped",8} {"uncovered",10} {"coverage",9}  heading");
            foreach (var c in r.Chapters)
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"{c.Chapter.Key,-8} {c.Found,6} {c.Covered,8} {c.Skipped,8} {c.Uncovered,10} {Percent(c.Share),9}  {c.Chapter.Heading}");
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{"total",-8} {r.Found,6} {r.Covered,8} {r.Skipped,8} {r.Uncovered,10} {Percent(r.Share),9}");
            sb.AppendLine();
            foreach (var c in r.Chapters.Where(c => c.Uncovered > 0))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"UNCOVERED in {c.Chapter.Key} {c.Chapter.Heading} ({c.Uncovered})");
                foreach (var f in c.Figures.Where(f => f.Status == FigureStatus.Uncovered))
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  line {f.Figure.Line,5}: {f.Figure.Text,-16} {f.Context}");
                sb.AppendLine();
            }
            if (r.UnmatchedFacts.Count > 0)
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"{r.UnmatchedFacts.Count} facts stand on no figure the scanner found (see --format json, unmatchedFacts)");
        }
        return sb.ToString();
    }

    public static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
