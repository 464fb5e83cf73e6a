using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>The verdicts and suggested corrections of one run, by finding id: computed once, shown by every writer.</summary>
public sealed record RunReview(IReadOnlyDictionary<string, Verdict> Verdicts, IReadOnlyDictionary<string, IReadOnlyList<Suggestion>> Suggestions)
{
    public static RunReview Of(CheckRun run) => Of(run, run.Findings);

    /// <summary>The review with the verdicts on the given findings only (the suggestions are for failing findings anyway).</summary>
    public static RunReview Of(CheckRun run, IEnumerable<Finding> graded)
    {
        var suggestions = Localiser.Suggest(run);
        return new(Grader.Verdicts(run, graded, suggestions).ToDictionary(v => v.FindingId, StringComparer.Ordinal), suggestions);
    }

    public Verdict? VerdictOf(Finding f) => Verdicts.GetValueOrDefault(f.Id);

    public Suggestion? BestFor(Finding f) => Suggestions.GetValueOrDefault(f.Id) is [var best, ..] ? best : null;
}
