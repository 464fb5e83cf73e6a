using System.Globalization;
using System.Text.Json;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Model;
using Shouldly;

namespace OutsourcingChecks.ReportTests;

/// <summary>
/// The coverage of each encoded chapter never drops: the share of the text's figures that a fact
/// covers or a skipped entry accounts for stays at or above the floor in coverage-floor.json.
/// </summary>
[TestFixture]
public class CoverageFloorTests
{
    private static readonly string FloorFile = Path.Combine(RepositoryRoot.Path, "tests", "OutsourcingChecks.ReportTests", "coverage-floor.json");

    public static IEnumerable<TestCaseData> Floors()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(FloorFile));
        foreach (var report in doc.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
            foreach (var chapter in report.Value.EnumerateObject())
                yield return new TestCaseData(report.Name, chapter.Name, chapter.Value.GetDecimal())
                    .SetName($"{report.Name}/coverage-floor/{chapter.Name}") // no spaces or colons: `dotnet test --filter` takes it
                    .SetCategory($"report-{report.Name}").SetCategory($"chapter-{chapter.Name.TrimStart('c', 'h')}");
    }

    private static readonly Dictionary<string, CoverageResult?> Results = new(StringComparer.Ordinal);

    private static CoverageResult? Coverage(string name)
    {
        lock (Results)
        {
            if (Results.TryGetValue(name, out var cached)) return cached;
            var run = ReportRuns.All.SingleOrDefault(r => r.Name == name).Run;
            return Results[name] = run is null ? null : CoverageAnalyzer.Analyze(run.Report);
        }
    }

    [TestCaseSource(nameof(Floors))]
    public void Chapter_coverage_stays_at_or_above_its_floor(string report, string chapter, decimal floor)
    {
        var result = Coverage(report);
        if (result is null) Assert.Fail($"the report {report} does not load; see the test that it loads without input errors");
        var c = result!.Chapters.SingleOrDefault(x => x.Chapter.Key == chapter);
        if (c is null) Assert.Fail($"the text of {report} has no chapter {chapter} (chapters: {string.Join(", ", result.Chapters.Select(x => x.Chapter.Key))})");
        var uncovered = string.Join(Environment.NewLine, c!.Figures.Where(f => f.Status == FigureStatus.Uncovered)
            .Select(f => $"  line {f.Figure.Line}: {f.Figure.Text}  {f.Context}"));
        c.Share.ShouldBeGreaterThanOrEqualTo(floor,
            $"{chapter} {c.Chapter.Heading}: {c.Covered} covered + {c.Skipped} skipped of {c.Found} figures; uncovered:{Environment.NewLine}{uncovered}");
    }
}
