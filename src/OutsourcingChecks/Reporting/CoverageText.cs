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
                foreach (var f in c.Figures.Where(f => f.Status == FigureStatus.Uncovered)) Uncovered(sb, f);
                sb.WriteLine();
            }
            if (r.UnmatchedFacts.Count > 0)
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{r.UnmatchedFacts.Count} facts stand on no figure the scanner found (see --format json, unmatchedFacts)"));
        }
    }

    /// <summary>"  line     5: 2023年            context…", written piece by piece: a long text has millions of these lines.</summary>
    private static void Uncovered(TextWriter w, FigureCoverage f)
    {
        Span<char> number = stackalloc char[11];
        f.Figure.Line.TryFormat(number, out var n, default, CultureInfo.InvariantCulture);
        w.Write("  line ");
        for (var k = n; k < 5; k++) w.Write(' ');
        w.Write(number[..n]);
        w.Write(": ");
        w.Write(f.Figure.Number);
        w.Write(f.Figure.Unit);
        for (var k = f.Figure.Number.Length + f.Figure.Unit.Length; k < 16; k++) w.Write(' ');
        w.Write(' ');
        w.WriteLine(f.Context);
    }

    public static string Percent(decimal share) => (share * 100m).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
