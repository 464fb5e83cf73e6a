using System.Text;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>A readable report for a terminal: discrepancies first, each figure with its line and quote.</summary>
public static class TextReport
{
    public static string Render(IReadOnlyList<CheckRun> runs, bool showConsistent = false)
    {
        var sb = new StringBuilder();
        foreach (var run in runs)
        {
            // Verdicts are shown on failing findings only, unless the consistent ones are listed too:
            // grading every consistent finding of a large report took most of the time.
            var review = RunReview.Of(run, showConsistent ? run.Findings : run.Findings.Where(f => f.IsDiscrepancy));
            var inconsistent = run.Findings.Where(f => f.Status == FindingStatus.Inconsistent).OrderBy(FirstLine).ToList();
            var notes = inconsistent.Where(f => review.VerdictOf(f)?.Grade == Grade.RoundedFigures).ToList();
            inconsistent = inconsistent.Except(notes).ToList();
            var acknowledged = run.Findings.Where(f => f.Status == FindingStatus.Acknowledged).OrderBy(FirstLine).ToList();
            sb.AppendLine($"Report text: {run.Report.Source.Path}");
            sb.AppendLine();
            if (inconsistent.Count > 0)
            {
                sb.AppendLine($"DISCREPANCIES ({inconsistent.Count}, not acknowledged)");
                Findings(sb, inconsistent, "✗", review);
            }
            if (notes.Count > 0)
            {
                sb.AppendLine($"NOTES ({notes.Count}, stated from rounded figures: inconsistent on the true values, not errors)");
                Findings(sb, notes, "~", review);
            }
            var undecided = run.Findings.Where(f => f.Status == FindingStatus.Undecided).OrderBy(FirstLine).ToList();
            if (undecided.Count > 0)
            {
                sb.AppendLine($"UNDECIDED ({undecided.Count}, the figures leave the arithmetic undefined: not checked)");
                Findings(sb, undecided, "?", review);
            }
            if (acknowledged.Count > 0)
            {
                sb.AppendLine($"ACKNOWLEDGED ({acknowledged.Count})");
                Findings(sb, acknowledged, "!", review);
            }
            if (run.StaleAcknowledgements.Count > 0)
            {
                sb.AppendLine($"STALE ACKNOWLEDGEMENTS ({run.StaleAcknowledgements.Count})");
                foreach (var s in run.StaleAcknowledgements)
                    sb.AppendLine($"  ? {s.Acknowledgement.FindingId}: {s.Why}  [{s.Acknowledgement.Location}]");
                sb.AppendLine();
            }
            if (run.Report.Attributions.Count > 0)
            {
                sb.AppendLine($"ATTRIBUTION FINDINGS ({run.Report.Attributions.Count}, recorded by a reader)");
                foreach (var a in run.Report.Attributions)
                    sb.AppendLine($"  ! {a.Id} · report line {a.SourceLine} · \"{a.Quote}\"\n    {a.Reason}");
                sb.AppendLine();
            }
            if (showConsistent)
            {
                sb.AppendLine("CONSISTENT");
                foreach (var f in run.Findings.Where(f => f.Status == FindingStatus.Consistent))
                    sb.AppendLine($"  ✓ {f.Id} ({Grades.Name(review.VerdictOf(f)?.Grade ?? Grade.Rounding)}): {f.Message}");
                sb.AppendLine();
            }
            sb.AppendLine(Summary(run));
            sb.AppendLine();
        }
        return sb.ToString();
    }

    public static string Summary(CheckRun run) =>
        $"{run.Report.Facts.Count} facts, {run.Findings.Count} checks: {run.Consistent} consistent, " +
        $"{run.Inconsistent} inconsistent, {run.Acknowledged} acknowledged, {run.StaleAcknowledgements.Count} stale acknowledgements"
        + (run.Undecided > 0 ? $", {run.Undecided} undecided (not checked)" : "");

    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var sb = new StringBuilder();
        foreach (var d in list) sb.AppendLine(d.ToString());
        sb.AppendLine($"{list.Count} input error{(list.Count == 1 ? "" : "s")}; nothing was checked.");
        return sb.ToString();
    }

    private static int FirstLine(Finding f) => f.Figures.Count > 0 ? f.Figures.Min(x => x.SourceLine) : int.MaxValue;

    /// <summary>Each finding, with the ones that follow from it (a same-quantity conflict) listed under it.</summary>
    private static void Findings(StringBuilder sb, IReadOnlyList<Finding> findings, string mark, RunReview review)
    {
        var listed = findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        string? RootOf(Finding f) => review.Verdicts.GetValueOrDefault(f.Id)?.ConsequenceOf is { } root && listed.Contains(root) ? root : null;
        foreach (var f in findings.Where(f => RootOf(f) is null))
            Finding(sb, f, mark, review, findings.Where(c => RootOf(c) == f.Id).ToList());
    }

    private static void Finding(StringBuilder sb, Finding f, string mark, RunReview review, IReadOnlyList<Finding> consequences)
    {
        sb.AppendLine($"  {mark} {f.Id}  [{f.Kind}, rule at {f.RuleLocation}]");
        sb.AppendLine($"    {f.Message}");
        if (f.Note is not null) sb.AppendLine($"    note: {f.Note}");
        foreach (var x in f.Figures)
            sb.AppendLine($"    - {x.Id} = {x.Written} {x.Unit} · report line {x.SourceLine} · \"{x.Quote}\" · {x.Location}");
        if (review.Verdicts.GetValueOrDefault(f.Id) is { } v)
        {
            sb.AppendLine($"    verdict: {VerdictText.Describe(v)}");
            if (v.Note is not null) sb.AppendLine($"    {v.Note}");
            if (v.ConsequenceOf is not null) sb.AppendLine($"    consequence of {v.ConsequenceOf}");
        }
        if (review.Suggestions.GetValueOrDefault(f.Id) is [var best, ..] list)
        {
            sb.AppendLine($"    suggested correction: {SuggestionText.Describe(best)}");
            var pair = best.Slip is SlipKind.SwappedFigures or SlipKind.StatedTwice && list.Count > 1 && list[1].Slip == best.Slip;
            if (pair) sb.AppendLine($"                      and {SuggestionText.Describe(list[1])}");
            // Other figures that would mend as many failing checks: the editor decides between them.
            foreach (var other in list.Skip(pair ? 2 : 1).Where(o => o.ChecksMended.Count == best.ChecksMended.Count).Take(2))
                sb.AppendLine($"                   or {SuggestionText.Describe(other)}");
        }
        if (f.AcknowledgementReason is not null) sb.AppendLine($"    acknowledged: {f.AcknowledgementReason}");
        if (consequences.Count > 0)
        {
            sb.AppendLine($"    consequences of {f.Id} ({consequences.Count}, not separate discrepancies):");
            foreach (var c in consequences) sb.AppendLine($"      ↳ {c.Id}: {c.Message}");
        }
        sb.AppendLine();
    }
}
