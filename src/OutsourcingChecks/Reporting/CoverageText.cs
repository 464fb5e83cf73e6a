using System.Globalization;
using System.Text;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Coverage;

namespace OutsourcingChecks.Reporting;

/// <summary>The coverage for a terminal: a table per chapter, then every uncovered figure with line and context.</summary>
public static class CoverageText
{
    public static string Render(IReadOnlyList<CoverageResult> results)
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture);
        Write(results, sb);
        return sb.ToString();
    }

    /// <summary>Writes the coverage as it goes: a long text has millions of figures, and the report is not held whole.</summary>
    public static void Write(IReadOnlyList<CoverageResult> results, TextWriter sb)
    {
        foreach (var r in results)
        {
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Report text: {r.SourcePath}"));
            sb.WriteLine();
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"chapter",-8} {"found",6} {"covered",8} {"skipped",8} {"uncovered",10} {"coverage",9}  heading"));
            foreach (var c in r.Chapters)
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{c.Chapter.Key,-8} {c.Found,6} {c.Covered,8} {c.Skipped,8} {c.Uncovered,10} {Percent(c.Share),9}  {c.Chapter.Heading}"));
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"total",-8} {r.Found,6} {r.Covered,8} {r.Skipped,8} {r.Uncovered,10} {Percent(r.Share),9}"));
            sb.WriteLine();
            foreach (var c in r.Chapters.Where(c => c.Uncovered > 0))
            {
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"UNCOVERED in {c.Chapter.Key} {c.Chapter.Heading} ({c.Uncovered})"));
                foreach (var f in c.Figures.Where(f => f.Status == FigureStatus.Uncovered))
                    sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {f.Figure.Line,5}: {f.Figure.Text,-16} {f.Context}"));
                sb.WriteLine();
            }
            if (r.UnmatchedFacts.Count > 0)
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.UnmatchedFacts.Count} facts stand on no figure the scanner found (see --format json, unmatchedFacts)"));
        }
    }

    public static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
