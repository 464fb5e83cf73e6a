using System.Text;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
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
            var inconsistent = run.Findings.Where(f => f.Status == FindingStatus.Inconsistent).OrderBy(FirstLine).ToList();
            var acknowledged = run.Findings.Where(f => f.Status == FindingStatus.Acknowledged).OrderBy(FirstLine).ToList();
            sb.AppendLine($"Report text: {run.Report.Source.Path}");
            sb.AppendLine();
            if (inconsistent.Count > 0)
            {
                sb.AppendLine($"DISCREPANCIES ({inconsistent.Count}, not acknowledged)");
                foreach (var f in inconsistent) Finding(sb, f, "✗");
            }
            if (acknowledged.Count > 0)
            {
                sb.AppendLine($"ACKNOWLEDGED ({acknowledged.Count})");
                foreach (var f in acknowledged) Finding(sb, f, "!");
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
                foreach (var f in run.Findings.Where(f => f.Status == FindingStatus.Consistent)) sb.AppendLine($"  ✓ {f.Id}: {f.Message}");
                sb.AppendLine();
            }
            sb.AppendLine(Summary(run));
            sb.AppendLine();
        }
        return sb.ToString();
    }

    public static string Summary(CheckRun run) =>
        $"{run.Report.Facts.Count} facts, {run.Findings.Count} checks: {run.Consistent} consistent, " +
        $"{run.Inconsistent} inconsistent, {run.Acknowledged} acknowledged, {run.StaleAcknowledgements.Count} stale acknowledgements";

    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var sb = new StringBuilder();
        foreach (var d in list) sb.AppendLine(d.ToString());
        sb.AppendLine($"{list.Count} input error{(list.Count == 1 ? "" : "s")}; nothing was checked.");
        return sb.ToString();
    }

    private static int FirstLine(Finding f) => f.Figures.Count > 0 ? f.Figures.Min(x => x.SourceLine) : int.MaxValue;

    private static void Finding(StringBuilder sb, Finding f, string mark)
    {
        sb.AppendLine($"  {mark} {f.Id}  [{f.Kind}, rule at {f.RuleLocation}]");
        sb.AppendLine($"    {f.Message}");
        if (f.Note is not null) sb.AppendLine($"    note: {f.Note}");
        foreach (var x in f.Figures)
            sb.AppendLine($"    - {x.Id} = {x.Written} {x.Unit} · report line {x.SourceLine} · \"{x.Quote}\" · {x.Location}");
        if (f.AcknowledgementReason is not null) sb.AppendLine($"    acknowledged: {f.AcknowledgementReason}");
        sb.AppendLine();
    }
}
