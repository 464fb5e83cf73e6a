using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using Shouldly;

namespace OutsourcingChecks.ReportTests;

/// <summary>
/// The reports' own consistency suite: one test per check. A consistent check passes, an
/// acknowledged discrepancy warns with the editor's reason, any other discrepancy fails. A test is
/// named REPORT/FINDING_ID (no spaces or colons, so `dotnet test --filter` takes it) and has the
/// categories report-NAME, chapter-NN (the chapters of its figures) and kind-KIND:
/// `dotnet test tests/OutsourcingChecks.ReportTests --filter "TestCategory=chapter-03"`.
/// </summary>
[TestFixture]
public class ReportConsistencyTests
{
    public static IEnumerable<TestCaseData> Checks()
    {
        foreach (var (name, run, _) in ReportRuns.All)
        {
            if (run is null) continue;
            var chapters = ChapterMap.Of(run.Report.Source);
            foreach (var finding in run.Findings.OrderBy(f => f.Id, StringComparer.Ordinal))
            {
                var data = new TestCaseData(name, finding.Id).SetName($"{name}/{finding.Id}")
                    .SetCategory($"report-{name}").SetCategory($"kind-{finding.Kind}");
                foreach (var chapter in Discrepancies.ChaptersOf(finding, chapters))
                    data.SetCategory($"chapter-{chapter.Number:00}");
                yield return data;
            }
        }
    }

    public static IEnumerable<TestCaseData> Reports() =>
        ReportRuns.All.Select(r => new TestCaseData(r.Name).SetName($"{r.Name}/loads-without-input-errors").SetCategory($"report-{r.Name}"));

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, Verdict>>> Verdicts = new(() =>
        ReportRuns.All.Where(r => r.Run is not null).ToDictionary(r => r.Name,
            r => (IReadOnlyDictionary<string, Verdict>)Grader.Verdicts(r.Run!).ToDictionary(v => v.FindingId, StringComparer.Ordinal)));

    [TestCaseSource(nameof(Reports))]
    public void Report_loads_without_input_errors(string name)
    {
        var (_, _, diagnostics) = ReportRuns.All.Single(r => r.Name == name);
        diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
    }

    [TestCaseSource(nameof(Checks))]
    public void Check_holds(string name, string findingId)
    {
        var finding = ReportRuns.All.Single(r => r.Name == name).Run!.Findings.Single(f => f.Id == findingId);
        var detail = Describe(finding);
        switch (finding.Status)
        {
            case FindingStatus.Acknowledged:
                // The reason first: a test view shows the first line of a warning.
                Assert.Warn($"acknowledged: {finding.AcknowledgementReason}\n{detail}");
                break;
            case FindingStatus.Inconsistent when Gate.IsNote(finding, Verdicts.Value[name]):
                Assert.Warn($"note (computed from the rounded figures as written): {detail}");
                break;
            case FindingStatus.Inconsistent:
                Assert.Fail(detail);
                break;
            default:
                finding.Status.ShouldBe(FindingStatus.Consistent, detail);
                break;
        }
    }

    public static IEnumerable<TestCaseData> StaleAcknowledgements()
    {
        foreach (var (name, run, _) in ReportRuns.All)
            foreach (var stale in run?.StaleAcknowledgements ?? [])
                yield return new TestCaseData(stale.Acknowledgement.FindingId, stale.Why).SetName($"{name}/stale-acknowledgement/{stale.Acknowledgement.FindingId}")
                    .SetCategory($"report-{name}");
    }

    [TestCaseSource(nameof(StaleAcknowledgements))]
    public void Acknowledgement_matches_a_discrepancy(string findingId, string why) =>
        Assert.Warn($"the acknowledgement of {findingId} matches nothing: {why}");

    private static string Describe(Finding f) =>
        f.Message + Environment.NewLine + string.Join(Environment.NewLine,
            f.Figures.Select(x => $"  {x.Id} = {x.Written} {x.Unit}, report line {x.SourceLine}: \"{x.Quote}\" ({x.Location})"));
}
