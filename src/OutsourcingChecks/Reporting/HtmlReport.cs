using OutsourcingChecks.Loading;
using System.Globalization;
using System.Net;
using System.Text;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// The editor's review report: one self-contained HTML file (inline CSS and script, no network:
/// a Content-Security-Policy forbids any fetch). A summary, then every discrepancy with the stated
/// value, the implied interval, the arithmetic, each figure's quote, report line and surrounding text,
/// and the acknowledgement; filters by chapter and status. Every text from the facts, rules and report
/// is HTML-escaped; the script reads only data attributes, never text.
/// </summary>
public static class HtmlReport
{
    private const int ContextRadius = 2;

    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        var sb = new StringBuilder();
        var title = "Arithmetic review: " + string.Join(", ", runs.Select(Discrepancies.ReportName));
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(H(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(H(title)).Append("</h1>\n");
        Summary(sb, RunSummary.Of(runs));
        var chapterOptions = new List<(string Key, string Label)>();
        var body = new StringBuilder();
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var chapters = ChapterMap.Of(run.Report.Source);
            var list = Discrepancies.Of(run);
            var prefix = runs.Count > 1 ? Discrepancies.ReportName(run) + " · " : "";
            foreach (var c in list.SelectMany(f => Discrepancies.ChaptersOf(f, chapters)).Distinct().OrderBy(c => c.FirstLine))
                chapterOptions.Add((ChapterKey(r, c), prefix + c.Heading));
            body.Append("<section class=\"run\">\n<h2>").Append(H(Discrepancies.ReportName(run))).Append("</h2>\n");
            body.Append("<p class=\"source\">Report text: <code>").Append(H(run.Report.Source.Path)).Append("</code> · ");
            Summary(body, RunSummary.Of([run]), inline: true);
            body.Append("</p>\n");
            if (list.Count == 0) body.Append("<p class=\"clean\">Every check holds.</p>\n");
            var review = RunReview.Of(run);
            foreach (var f in list) Finding(body, run, r, chapters, f, review);
            Undecided(body, run);
            Stale(body, run);
            Attributions(body, run);
            body.Append("</section>\n");
        }
        Filters(sb, chapterOptions);
        sb.Append(body);
        sb.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// HTML-escapes a text for element content and quoted attribute values. Control characters (NUL,
    /// ESC, BEL … from a report text or a file name) are not text HTML may hold: each becomes U+FFFD.
    /// </summary>
    public static string H(string? s)
    {
        var encoded = WebUtility.HtmlEncode(s ?? "");
        return encoded.Any(IsControl) ? string.Concat(encoded.Select(c => IsControl(c) ? '\uFFFD' : c)) : encoded;
    }

    private static bool IsControl(char c) => char.IsControl(c) && c is not '\n' and not '\t' and not '\r';

    private static string ChapterKey(int run, Chapter c) => string.Create(CultureInfo.InvariantCulture, $"r{run}c{c.Number}");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Summary(StringBuilder sb, RunSummary s, bool inline = false)
    {
        (string Name, int Value, string Class)[] items =
        [
            ("facts", s.Facts, ""), ("checks", s.Checks, ""), ("consistent", s.Consistent, "ok"),
            ("inconsistent", s.Inconsistent, s.Inconsistent > 0 ? "bad" : ""), ("acknowledged", s.Acknowledged, s.Acknowledged > 0 ? "ack" : ""),
            ("stale acknowledgements", s.StaleAcknowledgements, s.StaleAcknowledgements > 0 ? "stale" : ""),
        ];
        if (inline)
        {
            sb.Append(H(string.Join(", ", items.Select(i => $"{N(i.Value)} {i.Name}"))));
            return;
        }
        sb.Append("<dl class=\"summary\">\n");
        foreach (var i in items)
            sb.Append("<div class=\"").Append(i.Class).Append("\"><dt>").Append(H(i.Name)).Append("</dt><dd>").Append(N(i.Value)).Append("</dd></div>\n");
        sb.Append("</dl>\n");
    }

    private static void Filters(StringBuilder sb, List<(string Key, string Label)> chapters)
    {
        sb.Append("<form class=\"filters\" id=\"filters\">\n<label>Chapter <select id=\"chapter\"><option value=\"\">all chapters</option>");
        foreach (var (key, label) in chapters.DistinctBy(c => c.Key))
            sb.Append("<option value=\"").Append(H(key)).Append("\">").Append(H(label)).Append("</option>");
        sb.Append("</select></label>\n");
        foreach (var status in new[] { "inconsistent", "acknowledged" })
            sb.Append("<label><input type=\"checkbox\" name=\"status\" value=\"").Append(status).Append("\" checked> ").Append(status).Append("</label>\n");
        sb.Append("<span class=\"count\"><span id=\"shown\"></span> shown</span>\n</form>\n");
    }

    private static void Finding(StringBuilder sb, CheckRun run, int r, ChapterMap chapters, Finding f, RunReview review)
    {
        var status = Discrepancies.StatusName(f.Status);
        var inChapters = Discrepancies.ChaptersOf(f, chapters);
        var primary = Discrepancies.Primary(f);
        sb.Append("<article class=\"finding ").Append(status).Append("\" data-status=\"").Append(status)
          .Append("\" data-chapters=\"").Append(H(string.Join(" ", inChapters.Select(c => ChapterKey(r, c))))).Append("\">\n");
        sb.Append("<h3><span class=\"badge\">").Append(status).Append("</span> <code>").Append(H(f.Id)).Append("</code></h3>\n");
        sb.Append("<dl class=\"facts\">\n");
        Row(sb, "claim", "<code>" + H(f.Claim) + "</code>");
        if (f.Stated is not null) Row(sb, "stated", "<strong>" + H(f.Stated) + "</strong>");
        if (Discrepancies.Implied(f) is { } implied)
            Row(sb, "the other figures imply", H(implied) + (Discrepancies.Margin(f) is { } m ? " <span class=\"margin\">(off by " + H(m) + " in the last written digit)</span>" : ""));
        Row(sb, "arithmetic", H(f.Message));
        Row(sb, "rule", H(f.Kind) + " · <code>" + H(f.RuleId) + "</code> · " + H(f.RuleLocation.ToString()));
        if (inChapters.Count > 0) Row(sb, "chapter", H(string.Join(" · ", inChapters.Select(c => c.Heading))));
        if (f.Note is not null) Row(sb, "note", H(f.Note));
        if (review.VerdictOf(f) is { } verdict)
        {
            Row(sb, "verdict", H(Grading.VerdictText.Describe(verdict)));
            if (verdict.ConsequenceOf is { } root) Row(sb, "consequence of", "<code>" + H(root) + "</code>");
        }
        if (review.BestFor(f) is { } best) Row(sb, "suggested correction", "<span class=\"suggestion\">" + H(ErrorLocalisation.SuggestionText.Describe(best)) + "</span>");
        if (f.AcknowledgementReason is not null) Row(sb, "acknowledged", "<span class=\"reason\">" + H(f.AcknowledgementReason) + "</span>");
        sb.Append("</dl>\n<ol class=\"figures\">\n");
        foreach (var x in f.Figures)
        {
            sb.Append("<li").Append(x == primary ? " class=\"stated\"" : "").Append("><p><code>").Append(H(x.Id)).Append("</code> = <strong>")
              .Append(H(x.Written + " " + x.Unit)).Append("</strong>").Append(x == primary ? " (stated)" : "")
              .Append(" · report line ").Append(N(x.SourceLine)).Append(" · <span class=\"yaml\">").Append(H(x.Location.ToString())).Append("</span></p>\n");
            sb.Append("<blockquote class=\"quote\">").Append(H(x.Quote)).Append("</blockquote>\n<pre class=\"context\">");
            foreach (var (line, text) in Discrepancies.Context(run.Report.Source, x.SourceLine, ContextRadius))
            {
                var here = line == x.SourceLine;
                sb.Append(here ? "<mark>" : "<span>").Append("<span class=\"ln\">").Append(N(line)).Append("</span>")
                  .Append(H(text)).Append(here ? "</mark>" : "</span>");
            }
            sb.Append("</pre></li>\n");
        }
        sb.Append("</ol>\n</article>\n");
    }

    private static void Row(StringBuilder sb, string name, string html) =>
        sb.Append("<div><dt>").Append(H(name)).Append("</dt><dd>").Append(html).Append("</dd></div>\n");

    private static void Undecided(StringBuilder sb, CheckRun run)
    {
        var undecided = Discrepancies.UndecidedOf(run);
        if (undecided.Count == 0) return;
        sb.Append("<h3>Undecided checks (").Append(N(undecided.Count)).Append(", not checked: the figures leave the arithmetic undefined)</h3>\n<ul class=\"undecided\">\n");
        foreach (var f in undecided)
            sb.Append("<li><code>").Append(H(f.Id)).Append("</code>: ").Append(H(f.Message)).Append(" · ").Append(H(f.RuleLocation.ToString())).Append("</li>\n");
        sb.Append("</ul>\n");
    }

    private static void Stale(StringBuilder sb, CheckRun run)
    {
        if (run.StaleAcknowledgements.Count == 0) return;
        sb.Append("<h3>Stale acknowledgements (").Append(N(run.StaleAcknowledgements.Count)).Append(")</h3>\n<ul class=\"stale\">\n");
        foreach (var s in run.StaleAcknowledgements)
            sb.Append("<li><code>").Append(H(s.Acknowledgement.FindingId)).Append("</code>: ").Append(H(s.Why))
              .Append(" · ").Append(H(s.Acknowledgement.Location.ToString())).Append("</li>\n");
        sb.Append("</ul>\n");
    }

    private static void Attributions(StringBuilder sb, CheckRun run)
    {
        if (run.Report.Attributions.Count == 0) return;
        sb.Append("<h3>Attribution findings (").Append(N(run.Report.Attributions.Count)).Append(", recorded by a reader)</h3>\n<ul class=\"attributions\">\n");
        foreach (var a in run.Report.Attributions)
            sb.Append("<li><code>").Append(H(a.Id)).Append("</code> · report line ").Append(N(a.SourceLine)).Append(" · “")
              .Append(H(a.Quote)).Append("”<br>").Append(H(a.Reason)).Append("</li>\n");
        sb.Append("</ul>\n");
    }

    private const string Css = """

        :root { --bad: #b42318; --ack: #b54708; --ok: #067647; --line: #d0d5dd; --muted: #475467; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 4rem; color: #101828; }
        h1 { font-size: 1.5rem; } h2 { border-bottom: 2px solid var(--line); padding-bottom: .25rem; } h3 { margin: 0 0 .5rem; font-size: 1.05rem; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; overflow-wrap: anywhere; }
        .summary { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0 0 1rem; }
        .summary div { border: 1px solid var(--line); border-radius: .5rem; padding: .4rem .9rem; min-width: 7rem; }
        .summary dt { color: var(--muted); font-size: .85rem; } .summary dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
        .summary .bad dd { color: var(--bad); } .summary .ack dd, .summary .stale dd { color: var(--ack); } .summary .ok dd { color: var(--ok); }
        .filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 0; display: flex; gap: 1.25rem; align-items: center; flex-wrap: wrap; z-index: 1; }
        .filters .count { color: var(--muted); margin-left: auto; }
        .finding { border: 1px solid var(--line); border-left: 6px solid var(--bad); border-radius: .5rem; padding: .75rem 1rem; margin: 1rem 0; }
        .finding.acknowledged { border-left-color: var(--ack); }
        .badge { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: #fff; background: var(--bad); border-radius: .25rem; padding: 0 .4rem; vertical-align: middle; }
        .acknowledged .badge { background: var(--ack); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .25rem 0 .5rem; }
        dl.facts div { display: contents; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
        .reason { background: #fffaeb; }
        .margin { color: var(--muted); }
        ol.figures { padding-left: 1.25rem; } ol.figures li { margin: .5rem 0; } ol.figures li.stated > p strong { color: var(--bad); }
        ol.figures p { margin: 0; } .yaml { color: var(--muted); font-size: .85rem; }
        blockquote.quote { margin: .25rem 0; padding: .1rem .6rem; border-left: 3px solid var(--line); background: #f9fafb; }
        pre.context { margin: .25rem 0; padding: .4rem .6rem; background: #f2f4f7; border-radius: .25rem; white-space: pre-wrap; font-size: .85rem; }
        pre.context > mark, pre.context > span { display: block; min-height: 1.2em; } pre.context > mark { background: #fef0c7; } pre.context > span { color: var(--muted); }
        .ln { display: inline-block; min-width: 3.5em; color: #98a2b3; user-select: none; }
        .clean { color: var(--ok); }
        [hidden] { display: none !important; }

        """;

    // The filters can be set from the address (report.html#chapter=r0c3&status=inconsistent), and a
    // change of filter is written back there, so a filtered view can be linked to.
    private const string Script = """

        (function () {
          var chapter = document.getElementById('chapter');
          var statuses = Array.prototype.slice.call(document.querySelectorAll('input[name=status]'));
          var shown = document.getElementById('shown');
          var params = new URLSearchParams(location.hash.slice(1));
          if (params.has('chapter')) chapter.value = params.get('chapter');
          if (chapter.selectedIndex < 0) chapter.selectedIndex = 0;
          if (params.has('status')) {
            var wantedStatuses = params.get('status').split(',');
            statuses.forEach(function (s) { s.checked = wantedStatuses.indexOf(s.value) >= 0; });
          }
          function update() {
            var wanted = {};
            statuses.forEach(function (s) { wanted[s.value] = s.checked; });
            var n = 0;
            document.querySelectorAll('article.finding').forEach(function (a) {
              var inChapter = chapter.value === '' || (' ' + a.getAttribute('data-chapters') + ' ').indexOf(' ' + chapter.value + ' ') >= 0;
              var ok = inChapter && wanted[a.getAttribute('data-status')] === true;
              a.hidden = !ok;
              if (ok) n++;
            });
            shown.textContent = String(n);
          }
          function changed() {
            update();
            var checked = statuses.filter(function (s) { return s.checked; }).map(function (s) { return s.value; });
            try { history.replaceState(null, '', '#' + new URLSearchParams({ chapter: chapter.value, status: checked.join(',') }).toString()); } catch (e) { }
          }
          chapter.addEventListener('change', changed);
          statuses.forEach(function (s) { s.addEventListener('change', changed); });
          document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
          update();
        })();

        """;
}
