using OutsourcingChecks.Loading;
using System.Globalization;
using System.Text;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// GitHub-flavoured Markdown for a pull-request comment or a CI job summary: a summary table, every
/// unacknowledged discrepancy in full, the acknowledged ones folded, and the stale acknowledgements.
/// Every text from the facts, rules and report is escaped, so it renders as written.
/// </summary>
public static class MarkdownReport
{
    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        var sb = new StringBuilder();
        foreach (var run in runs)
        {
            var chapters = ChapterMap.Of(run.Report.Source);
            var all = Discrepancies.Of(run);
            var open = all.Where(f => f.Status == FindingStatus.Inconsistent).ToList();
            var acknowledged = all.Where(f => f.Status == FindingStatus.Acknowledged).ToList();
            var s = RunSummary.Of([run]);
            var review = RunReview.Of(run);
            Line(sb, $"## Arithmetic checks: {Text(Discrepancies.ReportName(run))}");
            Line(sb);
            Line(sb, "| facts | checks | consistent | inconsistent | acknowledged | stale acknowledgements |");
            Line(sb, "| ---: | ---: | ---: | ---: | ---: | ---: |");
            Line(sb, Invariant($"| {s.Facts} | {s.Checks} | {s.Consistent} | {s.Inconsistent} | {s.Acknowledged} | {s.StaleAcknowledgements} |"));
            Line(sb);
            Line(sb, open.Count == 0 ? "No unacknowledged discrepancy." : Invariant($"### Discrepancies ({open.Count}, not acknowledged)"));
            Line(sb);
            foreach (var f in open) Finding(sb, run, chapters, f, review);
            if (acknowledged.Count > 0)
            {
                Line(sb, Invariant($"<details><summary>Acknowledged discrepancies ({acknowledged.Count})</summary>"));
                Line(sb);
                foreach (var f in acknowledged) Finding(sb, run, chapters, f, review);
                Line(sb, "</details>");
                Line(sb);
            }
            if (Discrepancies.UndecidedOf(run) is { Count: > 0 } undecided)
            {
                Line(sb, Invariant($"### Undecided checks ({undecided.Count}, not checked: the figures leave the arithmetic undefined)"));
                Line(sb);
                foreach (var f in undecided) Line(sb, $"- {Code(f.Id)}: {Text(f.Message)} ({Text(f.RuleLocation.ToString())})");
                Line(sb);
            }
            if (run.StaleAcknowledgements.Count > 0)
            {
                Line(sb, Invariant($"### Stale acknowledgements ({run.StaleAcknowledgements.Count})"));
                Line(sb);
                foreach (var st in run.StaleAcknowledgements)
                    Line(sb, $"- {Code(st.Acknowledgement.FindingId)}: {Text(st.Why)} ({Text(st.Acknowledgement.Location.ToString())})");
                Line(sb);
            }
        }
        return sb.ToString();
    }

    private static void Finding(StringBuilder sb, CheckRun run, ChapterMap chapters, Finding f, RunReview review)
    {
        var mark = f.Status == FindingStatus.Acknowledged ? "⚠️" : "❌";
        var where = string.Join(", ", Discrepancies.ChaptersOf(f, chapters).Select(c => Text(c.Heading)));
        Line(sb, $"#### {mark} {Code(f.Id)}");
        Line(sb);
        Line(sb, $"- **Status:** {Discrepancies.StatusName(f.Status)} · **kind:** {Text(f.Kind)} · **rule:** {Text(f.RuleLocation.ToString())}" +
                 (where.Length > 0 ? $" · **chapter:** {where}" : ""));
        Line(sb, $"- **Claim:** {Code(f.Claim)}");
        if (f.Stated is not null) Line(sb, $"- **Stated:** {Text(f.Stated)}");
        if (Discrepancies.Implied(f) is { } implied)
            Line(sb, $"- **The other figures imply:** {Text(implied)}" +
                     (Discrepancies.Margin(f) is { } m ? $" (off by {Text(m)} in the last written digit)" : ""));
        Line(sb, $"- **Arithmetic:** {Text(f.Message)}");
        if (f.Note is not null) Line(sb, $"- **Note:** {Text(f.Note)}");
        Line(sb, "- **Figures:**");
        var primary = Discrepancies.Primary(f);
        foreach (var x in f.Figures)
            Line(sb, $"  - {Code(x.Id)} = {Text($"{x.Written} {x.Unit}")}{(x == primary ? " (stated)" : "")} · report line {x.SourceLine.ToString(CultureInfo.InvariantCulture)}: " +
                     $"“{Text(x.Quote)}” · {Text(x.Location.ToString())}");
        if (review.VerdictOf(f) is { } verdict)
            Line(sb, $"- **Verdict:** {Text(Grading.VerdictText.Describe(verdict))}" + (verdict.ConsequenceOf is { } root ? $" · consequence of {Code(root)}" : ""));
        if (review.BestFor(f) is { } best) Line(sb, $"- **Suggested correction:** {Text(ErrorLocalisation.SuggestionText.Describe(best))}");
        if (f.AcknowledgementReason is not null) Line(sb, $"- **Acknowledged:** {Text(f.AcknowledgementReason)}");
        Line(sb);
    }

    /// <summary>Escapes a text so Markdown shows it as written: punctuation backslash-escaped, line breaks as spaces.</summary>
    public static string Text(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            if (c is '\r' or '\n') { sb.Append(' '); continue; }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '#' or '&')
                sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A code span that holds any text: the fence is longer than any run of backticks inside.</summary>
    public static string Code(string s)
    {
        var flat = s.Replace('\r', ' ').Replace('\n', ' ');
        var longest = 0;
        for (int i = 0, run = 0; i < flat.Length; i++)
        {
            run = flat[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', longest + 1);
        var pad = flat.StartsWith('`') || flat.EndsWith('`') ? " " : "";
        // In a table cell a pipe ends the cell even inside a code span; this writer puts no code span in a table.
        return $"{fence}{pad}{flat}{pad}{fence}";
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder sb, string text = "") => sb.Append(text).Append('\n');
}
