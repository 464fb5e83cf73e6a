using OutsourcingChecks.Loading;
using System.Globalization;
using System.Text;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>How long a Markdown report may be and where the full report is.</summary>
/// <param name="Budget">The most characters the report may take: a pull-request comment takes 65,536.</param>
/// <param name="DetailsUrl">Where the full report is (the HTML report as a CI artifact), named when findings are left out.</param>
public sealed record MarkdownOptions(int Budget = MarkdownReport.CommentBudget, string? DetailsUrl = null);

/// <summary>
/// GitHub-flavoured Markdown for a pull-request comment or a CI job summary, in the order of what
/// needs doing: a verdict and a row of counts per report, then each report's new discrepancies in
/// full, the stale acknowledgements, any other group in full, the notes, the attribution findings,
/// and the acknowledged discrepancies a line each. It keeps under a budget (60,000 characters, a
/// comment takes 65,536): from the first item that does not fit, the rest is left out, and a last
/// line says how much was left out and where the full report is. Every text from the facts, rules and
/// report is escaped, so it renders as written.
/// </summary>
public static class MarkdownReport
{
    public const int CommentBudget = 60_000;

    /// <summary>Room kept for the closing line that says what was left out.</summary>
    private const int Reserve = 600;

    public static string Render(IReadOnlyList<CheckRun> runs) => Render(runs, new MarkdownOptions());

    public static string Render(IReadOnlyList<CheckRun> runs, MarkdownOptions options)
    {
        var digests = RunDigest.Of(runs);
        var head = new StringBuilder();
        Overview(head, digests);
        var sb = new StringBuilder(head.ToString());
        var budget = options.Budget - Reserve;
        var left = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var full = false; // once something does not fit, what comes after it (less urgent) is left out too
        foreach (var d in digests)
        {
            var chapters = ChapterMap.Of(d.Run.Report.Source);
            var opening = Invariant($"## {(d.Passes ? "✅" : "❌")} {Text(d.Name)}: {Text(d.Verdict)}\n\n{Text(d.CountsLine())}.\n\n");
            if (full || !Fits(sb, opening, budget))
            {
                full = true;
                Count(left, "reports", 1);
                continue;
            }
            sb.Append(opening);
            foreach (var section in Sections(d, chapters))
            {
                var added = 0;
                foreach (var item in section.Items)
                {
                    var text = (added == 0 ? section.Heading : "") + item;
                    if (full || !Fits(sb, text + section.Closing, budget))
                    {
                        full = true;
                        Count(left, section.Noun, 1);
                        continue;
                    }
                    sb.Append(text);
                    added++;
                }
                if (added > 0) sb.Append(section.Closing);
            }
        }
        if (left.Count > 0)
        {
            var where = options.DetailsUrl is { } url
                ? $"the full report: <{Text(url)}>"
                : "the full report: `outsourcing-checks check --format html --output report.html` (or `--format text --all`)";
            sb.Append(Invariant($"> **Left out to fit a comment ({options.Budget:N0} characters):** {string.Join(", ", left.Select(kv => $"{kv.Value} {kv.Key}"))}; {where}.\n"));
        }
        return sb.ToString();
    }

    private static bool Fits(StringBuilder sb, string text, int budget) => sb.Length + text.Length <= budget;

    private static void Count(SortedDictionary<string, int> left, string what, int n) => left[what] = left.GetValueOrDefault(what) + n;

    /// <summary>The verdict of the run and a row of counts per report: each report's own, never added up.</summary>
    private static void Overview(StringBuilder sb, IReadOnlyList<RunDigest> digests)
    {
        var failing = digests.Where(d => !d.Passes).ToList();
        Line(sb, failing.Count == 0
            ? $"# ✅ Arithmetic checks: no new discrepancy ({Text(string.Join(", ", digests.Select(d => d.Name)))})"
            : $"# ❌ Arithmetic checks: {Text(string.Join("; ", failing.Select(d => $"{d.Name}: {d.Verdict}")))}");
        Line(sb);
        var keys = RunDigest.KeysOf(digests);
        var columns = new[] { "facts", "checks" }.Concat(keys).Append("consistent").Append("stale acknowledgements").ToList();
        Line(sb, "| report | " + string.Join(" | ", columns) + " |");
        Line(sb, "| --- |" + string.Concat(columns.Select(_ => " ---: |")));
        foreach (var d in digests)
        {
            var cells = new List<int> { d.Facts, d.Checks };
            cells.AddRange(keys.Select(d.Count));
            cells.Add(d.Consistent);
            cells.Add(d.Run.StaleAcknowledgements.Count);
            Line(sb, $"| {Text(d.Name)} | " + string.Join(" | ", cells.Select(n => n.ToString(CultureInfo.InvariantCulture))) + " |");
        }
        Line(sb);
        foreach (var d in digests.Where(d => d.IdleRules.Count > 0))
            Line(sb, Invariant($"> ⚠️ {Text(d.Name)}: {d.IdleRules.Count} rule(s) define no check: {string.Join(", ", d.IdleRules.Select(r => Code(r.Id)))}\n"));
    }

    /// <summary>A part of a report's Markdown: its heading (written with its first item), its items, and what closes it.</summary>
    private sealed record Section(string Noun, string Heading, IReadOnlyList<string> Items, string Closing = "");

    /// <summary>A report's sections in the order they are given room: what fails first, reviewed findings last.</summary>
    private static IEnumerable<Section> Sections(RunDigest d, ChapterMap chapters)
    {
        var run = d.Run;
        foreach (var g in d.Groups.Where(g => g.Fails)) yield return Full(d, chapters, g);
        if (run.StaleAcknowledgements.Count > 0)
            yield return new Section("stale acknowledgements", Invariant($"### Stale acknowledgements ({run.StaleAcknowledgements.Count})\n\n"),
                run.StaleAcknowledgements.Select(st => $"- {Code(st.Acknowledgement.FindingId)}: {Text(st.Why)} ({Text(st.Acknowledgement.Location.ToString())})\n").ToList(), "\n");
        foreach (var g in d.Groups.Where(g => !g.Fails && !g.Brief)) yield return Full(d, chapters, g);
        if (run.Report.Attributions.Count > 0)
            yield return new Section("attribution findings", Invariant($"### Attribution findings ({run.Report.Attributions.Count}, recorded by a reader)\n\n"),
                run.Report.Attributions.Select(a => $"- {Code(a.Id)} · report line {a.SourceLine.ToString(CultureInfo.InvariantCulture)}: “{Text(a.Quote)}”: {Text(a.Reason)}\n").ToList(), "\n");
        foreach (var g in d.Groups.Where(g => g.Brief))
            yield return new Section(g.Key, Invariant($"<details><summary>{Text(g.Title)} ({g.Findings.Count}): {Text(g.Explanation ?? "")}</summary>\n\n"),
                g.Findings.Select(f => $"- {Code(f.Id)} · {Text(f.Kind)} · report line {(Discrepancies.Primary(f)?.SourceLine ?? 0).ToString(CultureInfo.InvariantCulture)}: " +
                                       $"{Text(f.AcknowledgementReason ?? f.Message)}\n").ToList(), "\n</details>\n\n");
    }

    private static Section Full(RunDigest d, ChapterMap chapters, FindingGroup g)
    {
        var heading = Invariant($"### {(g.Fails ? "❌ " : "")}{Text(g.Title)} ({g.Findings.Count}){(g.Explanation is null ? "" : ": " + Text(g.Explanation))}\n\n");
        var items = g.Findings.Select(f =>
        {
            var one = new StringBuilder();
            Finding(one, d.Run, chapters, f, d.Review);
            return one.ToString();
        }).ToList();
        return new Section(g.Key == "new" ? "new discrepancies" : g.Key, heading, items);
    }

    private static void Finding(StringBuilder sb, CheckRun run, ChapterMap chapters, Finding f, RunReview review)
    {
        var mark = f.Status switch { FindingStatus.Acknowledged => "⚠️", FindingStatus.Inconsistent => "❌", _ => "❔" };
        var where = string.Join(", ", Discrepancies.ChaptersOf(f, chapters).Select(c => Text(c.Heading)));
        Line(sb, $"#### {mark} {Code(f.Id)}");
        Line(sb);
        Line(sb, $"- **Status:** {Discrepancies.StatusName(f.Status)} · **kind:** {Text(f.Kind)} · **rule:** {Text(f.RuleLocation.ToString())}" +
                 (where.Length > 0 ? $" · **chapter:** {where}" : ""));
        Line(sb, $"- **Claim:** {Code(f.Claim)}");
        if (f.Stated is not null) Line(sb, $"- **Stated:** {Text(f.Stated)}");
        if (Shown.Implied(f) is { } implied)
            Line(sb, $"- **The other figures imply:** {Text(implied)}" +
                     (Discrepancies.Margin(f) is { } m ? $" (off by {Text(m)} in the last written digit)" : ""));
        Line(sb, $"- **Arithmetic:** {Text(f.Message)}");
        if (f.Note is not null) Line(sb, $"- **Note:** {Text(f.Note)}");
        Line(sb, "- **Figures:**");
        var primary = Discrepancies.Primary(f);
        foreach (var x in f.Figures)
            Line(sb, $"  - {Code(x.Id)} = {Text($"{x.Written} {x.Unit}")}{(x == primary ? " (stated)" : "")}{(Shown.Forced(f, x) is { } forced ? " · " + Text(forced) : "")} · report line {x.SourceLine.ToString(CultureInfo.InvariantCulture)}: " +
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
