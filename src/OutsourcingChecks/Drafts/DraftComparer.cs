using OutsourcingChecks.Figures;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Drafts;

/// <summary>
/// Confronts a new draft of the report text with the facts encoded on the baseline text: every
/// quote is re-anchored (<see cref="Anchor"/>), a changed figure is re-checked under its new
/// value, a deleted one is kept at its old value and reported stale, never dropped.
/// </summary>
public static class DraftComparer
{
    public static DraftResult Compare(CheckRun baseline, SourceText draft)
    {
        var report = baseline.Report;
        var oldFlow = new Flow(report.Source);
        var newFlow = new Flow(draft);
        var drifts = new List<FactDrift>();
        var facts = new List<Fact>();
        foreach (var fact in report.Facts)
        {
            var a = Anchor.Find(oldFlow, newFlow, fact.Quote, fact.Value.Written, fact.SourceLine);
            drifts.Add(new FactDrift(fact, a.Status, a.Line, a.Written, report.Source.Line(fact.SourceLine).Trim(), draft.Line(a.Line).Trim()));
            facts.Add(a.Status switch
            {
                AnchorStatus.Deleted or AnchorStatus.Unchanged => fact,
                AnchorStatus.Changed when StatedValue.TryParse(a.Written!, out _) is { } v => fact with { Value = v, SourceLine = a.Line, Quote = a.Quote! },
                _ => fact with { SourceLine = a.Line, Quote = a.Quote ?? fact.Quote },
            });
        }
        var skipped = new List<Skipped>();
        foreach (var s in report.Skipped)
        {
            var a = Anchor.Find(oldFlow, newFlow, s.Text, null, s.SourceLine);
            if (a.Status == AnchorStatus.Unchanged) skipped.Add(s);
            else if (a.Status != AnchorStatus.Deleted) skipped.Add(s with { SourceLine = a.Line });
        }

        var redrafted = report with { Source = draft, Facts = facts, Skipped = skipped };
        var recheck = Engine.Run(redrafted);
        var before = baseline.Findings.ToDictionary(f => f.Id, f => f.Status, StringComparer.Ordinal);
        var changes = recheck.Findings
            .Where(f => before.TryGetValue(f.Id, out var b) && (b == FindingStatus.Inconsistent) != (f.Status == FindingStatus.Inconsistent))
            .Select(f => new FindingChange(f.Id, before[f.Id], f.Status, f))
            .ToList();

        var oldUncovered = Uncovered(report);
        var newUncovered = Uncovered(redrafted);
        var oldKeys = oldUncovered.Select(Key).ToHashSet(StringComparer.Ordinal);
        var oldCount = oldUncovered.CountBy(f => f.Figure.Text).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        var added = new List<FigureCoverage>();
        foreach (var group in newUncovered.GroupBy(f => f.Figure.Text, StringComparer.Ordinal))
        {
            // as many figures are new as the draft has more of that text; those whose context is new first
            var extra = group.Count() - oldCount.GetValueOrDefault(group.Key);
            if (extra > 0) added.AddRange(group.OrderBy(f => oldKeys.Contains(Key(f)) ? 1 : 0).Take(extra));
        }
        added.Sort((a, b) => (a.Figure.Line, a.Figure.Column).CompareTo((b.Figure.Line, b.Figure.Column)));
        return new DraftResult(report.Source.Path, draft.Path, drifts, recheck, changes, added);
    }

    private static List<FigureCoverage> Uncovered(Report report) =>
        CoverageAnalyzer.Analyze(report).Chapters.SelectMany(c => c.Figures).Where(f => f.Status == FigureStatus.Uncovered).ToList();

    /// <summary>A figure by its text and context, so one that only moved is not new.</summary>
    private static string Key(FigureCoverage f) => f.Figure.Text + "|" + Flow.Squeeze(f.Context);
}
