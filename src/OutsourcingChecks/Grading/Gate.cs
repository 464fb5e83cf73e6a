using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Grading;

/// <summary>
/// What fails a run (and a CI build): an inconsistent finding nobody has acknowledged, except a
/// note, a figure the report computed from rounded figures as written (a point change from two
/// rounded shares, a combined share from rounded shares), which is reported apart from errors.
/// </summary>
public static class Gate
{
    public static IReadOnlyList<Finding> Failures(CheckRun run, IReadOnlyDictionary<string, Verdict> verdicts) =>
        run.Findings.Where(f => f.Status == FindingStatus.Inconsistent && !IsNote(f, verdicts)).ToList();

    public static IReadOnlyList<Finding> Failures(CheckRun run) =>
        Failures(run, Grader.Verdicts(run).ToDictionary(v => v.FindingId, StringComparer.Ordinal));

    public static bool IsNote(Finding f, IReadOnlyDictionary<string, Verdict> verdicts) =>
        verdicts.GetValueOrDefault(f.Id)?.Grade == Grade.RoundedFigures;
}
