using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;
using Shouldly;

namespace OutsourcingChecks.ReportTests;

/// <summary>
/// The reports' own consistency suite: one test per check. A consistent check passes, an
/// acknowledged discrepancy warns with the editor's reason, any other discrepancy fails.
/// </summary>
[TestFixture]
public class ReportConsistencyTests
{
    public static IEnumerable<TestCaseData> Checks()
    {
        foreach (var (name, run, _) in ReportRuns.All)
        {
            if (run is null) continue;
            foreach (var finding in run.Findings.OrderBy(f => f.Id, StringComparer.Ordinal))
                yield return new TestCaseData(name, finding.Id).SetName($"{name}: {finding.Id}");
        }
    }

    public static IEnumerable<TestCaseData> Reports() =>
        ReportRuns.All.Select(r => new TestCaseData(r.Name).SetName($"{r.Name}: loads without input errors"));

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
                Assert.Warn($"acknowledged discrepancy: {detail}\nreason: {finding.AcknowledgementReason}");
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
                yield return new TestCaseData(stale.Acknowledgement.FindingId, stale.Why).SetName($"{name}: stale acknowledgement {stale.Acknowledgement.FindingId}");
    }

    [TestCaseSource(nameof(StaleAcknowledgements))]
    public void Acknowledgement_matches_a_discrepancy(string findingId, string why) =>
        Assert.Warn($"the acknowledgement of {findingId} matches nothing: {why}");

    private static string Describe(Finding f) =>
        f.Message + Environment.NewLine + string.Join(Environment.NewLine,
            f.Figures.Select(x => $"  {x.Id} = {x.Written} {x.Unit}, report line {x.SourceLine}: \"{x.Quote}\" ({x.Location})"));
}
