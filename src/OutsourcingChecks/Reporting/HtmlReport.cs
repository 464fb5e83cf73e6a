using System.Globalization;
using System.Net;
using System.Text;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// The editor's review report: one self-contained HTML file (inline CSS and script, no network:
/// a Content-Security-Policy forbids any fetch). The verdict, then per report its own counts and an
/// overview of chapters by group (each count a link to that filter), then every finding that is not
/// consistent as a card folded to one line (a native details element: it opens on click, script or
/// not), with the stated value, the implied interval, the claim, each figure's quote and report line
/// (the figure marked inside it), and the acknowledgement. A toolbar filters by chapter, by group and
/// by a search over ids, figures and quotes; the filters live in the address (#chapter=r0c3&status=new&q=…).
/// Every text from the facts, rules and report is HTML-escaped; the script reads only the data
/// attributes the writer sets, never the texts.
/// </summary>
public static class HtmlReport
{
    private const int ContextRadius = 2;

    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        var digests = RunDigest.Of(runs);
        var sb = new StringBuilder();
        var title = "Arithmetic review: " + string.Join(", ", digests.Select(d => d.Name));
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<title>").Append(H(title)).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<header>\n<h1>").Append(H(title)).Append("</h1>\n");
        var failing = digests.Where(d => !d.Passes).ToList();
        sb.Append("<p class=\"verdict ").Append(failing.Count == 0 ? "pass" : "fail").Append("\">")
          .Append(H(failing.Count == 0 ? "✓ No new discrepancy" : "✗ " + string.Join("; ", failing.Select(d => $"{d.Name}: {d.Verdict}"))))
          .Append("</p>\n</header>\n");

        var chapterOptions = new List<(string Key, string Label)>();
        var groups = RunDigest.Keys.Where(k => k == "new" || digests.Any(d => d.Count(k) > 0)).ToList();
        var body = new StringBuilder();
        for (var r = 0; r < digests.Count; r++)
        {
            var d = digests[r];
            var chapters = ChapterMap.Of(d.Run.Report.Source);
            var prefix = digests.Count > 1 ? d.Name + " · " : "";
            var listed = d.Groups.SelectMany(g => g.Findings).ToList();
            foreach (var c in listed.SelectMany(f => Discrepancies.ChaptersOf(f, chapters)).Distinct().OrderBy(c => c.FirstLine))
                chapterOptions.Add((ChapterKey(r, c), prefix + c.Heading));
            body.Append("<section class=\"run\" id=\"r").Append(N(r)).Append("\">\n<h2>").Append(H(d.Name)).Append(" <span class=\"verdict ")
                .Append(d.Passes ? "pass" : "fail").Append("\">").Append(H(d.Verdict)).Append("</span></h2>\n");
            body.Append("<p class=\"source\">Report text: <code>").Append(H(d.Run.Report.Source.Path)).Append("</code></p>\n");
            Summary(body, d);
            IdleRules(body, d);
            Overview(body, d, r, chapters);
            if (listed.Count == 0) body.Append("<p class=\"clean\">Every check holds.</p>\n");
            foreach (var g in d.Groups)
                foreach (var f in g.Findings) Finding(body, d, r, chapters, g, f);
            Stale(body, d.Run);
            Attributions(body, d.Run);
            body.Append("</section>\n");
        }
        Filters(sb, chapterOptions, groups);
        sb.Append("<main>\n").Append(body).Append("</main>\n");
        sb.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>HTML-escapes a text for element content and quoted attribute values.</summary>
    public static string H(string? s)
    {
        // Control characters (NUL, ESC, BEL … from a report text or a file name) are not text HTML may hold: each becomes U+FFFD.
        var encoded = WebUtility.HtmlEncode(s ?? "");
        return encoded.Any(IsControl) ? string.Concat(encoded.Select(c => IsControl(c) ? '\uFFFD' : c)) : encoded;
    }

    private static bool IsControl(char c) => char.IsControl(c) && c is not '\n' and not '\t' and not '\r';

    private static string ChapterKey(int run, Chapter c) => string.Create(CultureInfo.InvariantCulture, $"r{run}c{c.Number}");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The report's own counts: never added to another report's.</summary>
    private static void Summary(StringBuilder sb, RunDigest d)
    {
        var items = new List<(string Name, int Value, string Class)> { ("facts", d.Facts, ""), ("checks", d.Checks, "") };
        foreach (var key in RunDigest.KeysOf([d]))
            items.Add((key == "new" ? "new discrepancies" : key, d.Count(key), d.Count(key) == 0 ? "" : key == "new" ? "bad" : "ack"));
        items.Add(("consistent", d.Consistent, "ok"));
        items.Add(("stale acknowledgements", d.Run.StaleAcknowledgements.Count, d.Run.StaleAcknowledgements.Count > 0 ? "ack" : ""));
        sb.Append("<dl class=\"summary\">\n");
        foreach (var i in items)
            sb.Append("<div class=\"").Append(i.Class).Append("\"><dt>").Append(H(i.Name)).Append("</dt><dd>").Append(N(i.Value)).Append("</dd></div>\n");
        sb.Append("</dl>\n");
    }

    private static void IdleRules(StringBuilder sb, RunDigest d)
    {
        if (d.IdleRules.Count == 0) return;
        sb.Append("<p class=\"idle\">").Append(H(RunDigest.Plural(d.IdleRules.Count, "rule defines", "rules define"))).Append(" no check: ")
          .Append(string.Join(", ", d.IdleRules.Select(r => "<code>" + H(r.Id) + "</code> (" + H(r.Location.ToString()) + ")"))).Append("</p>\n");
    }

    /// <summary>Chapters by group: each count links to the filter that shows those findings.</summary>
    private static void Overview(StringBuilder sb, RunDigest d, int r, ChapterMap chapters)
    {
        var listed = d.Groups.SelectMany(g => g.Findings.Select(f => (g.Key, f))).ToList();
        if (listed.Count == 0) return;
        var keys = d.Groups.Select(g => g.Key).ToList();
        var rows = listed.SelectMany(x => Discrepancies.ChaptersOf(x.f, chapters).Select(c => (Chapter: c, x.Key, x.f)))
            .GroupBy(x => x.Chapter).OrderBy(g => g.Key.FirstLine).ToList();
        sb.Append("<div class=\"overview-wrap\"><table class=\"overview\">\n<caption>By chapter (a finding counts in each chapter its figures stand in)</caption>\n<thead><tr><th scope=\"col\">chapter</th>");
        foreach (var k in keys) sb.Append("<th scope=\"col\">").Append(H(k)).Append("</th>");
        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            var chapter = ChapterKey(r, row.Key);
            sb.Append("<tr><th scope=\"row\"><a href=\"#chapter=").Append(chapter).Append("\">").Append(H(row.Key.Heading)).Append("</a></th>");
            foreach (var k in keys)
            {
                var n = row.Count(x => x.Key == k);
                sb.Append("<td>");
                if (n > 0) sb.Append("<a href=\"#chapter=").Append(chapter).Append("&amp;status=").Append(H(k)).Append("\">").Append(N(n)).Append("</a>");
                sb.Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</tbody>\n<tfoot><tr><th scope=\"row\">all chapters</th>");
        foreach (var k in keys) sb.Append("<td><a href=\"#status=").Append(H(k)).Append("\">").Append(N(d.Count(k))).Append("</a></td>");
        sb.Append("</tr></tfoot>\n</table></div>\n");
    }

    private static void Filters(StringBuilder sb, List<(string Key, string Label)> chapters, IReadOnlyList<string> groups)
    {
        sb.Append("<form class=\"filters\" id=\"filters\" role=\"search\">\n");
        sb.Append("<label class=\"search\"><span class=\"lbl\">Search </span><input type=\"search\" id=\"q\" placeholder=\"search: id, figure or quote\" autocomplete=\"off\"></label>\n");
        sb.Append("<label class=\"chapter\"><span class=\"lbl\">Chapter </span><select id=\"chapter\"><option value=\"\">all chapters</option>");
        foreach (var (key, label) in chapters.DistinctBy(c => c.Key))
            sb.Append("<option value=\"").Append(H(key)).Append("\">").Append(H(label)).Append("</option>");
        sb.Append("</select></label>\n<span class=\"statuses\">");
        foreach (var g in groups)
            sb.Append("<label><input type=\"checkbox\" name=\"status\" value=\"").Append(H(g)).Append("\" checked> ").Append(H(g)).Append("</label> ");
        sb.Append("</span>\n<span class=\"count\"><span id=\"shown\"></span> shown</span>\n");
        sb.Append("<button type=\"button\" id=\"open-all\">open all</button> <button type=\"button\" id=\"close-all\">close all</button>\n</form>\n");
    }

    private static void Finding(StringBuilder sb, RunDigest d, int r, ChapterMap chapters, FindingGroup g, Finding f)
    {
        var status = Discrepancies.StatusName(f.Status);
        var inChapters = Discrepancies.ChaptersOf(f, chapters);
        var primary = Discrepancies.Primary(f);
        var search = string.Join(" ", new[] { f.Id, f.Kind }.Concat(f.Figures.SelectMany(x => new[] { x.Id, x.Written, x.Quote }))).ToLowerInvariant();
        sb.Append("<details class=\"finding ").Append(H(g.Key)).Append("\" id=\"").Append(H($"r{r}-{f.Id}")).Append("\" data-status=\"").Append(status)
          .Append("\" data-group=\"").Append(H(g.Key)).Append("\" data-chapters=\"").Append(H(string.Join(" ", inChapters.Select(c => ChapterKey(r, c)))))
          .Append("\" data-search=\"").Append(H(search)).Append("\">\n");
        var gist = f.Stated is not null && Shown.Implied(f) is { } implied
            ? $"stated {f.Stated}, the others give {implied}"
            : f.Message;
        sb.Append("<summary><span class=\"badge\">").Append(H(g.Key)).Append("</span> <code class=\"id\">").Append(H(f.Id)).Append("</code> <span class=\"gist\">")
          .Append(H(gist)).Append(primary is { } p ? " · line " + N(p.SourceLine) : "").Append("</span></summary>\n<div class=\"body\">\n");
        sb.Append("<dl class=\"facts\">\n");
        Row(sb, "claim", "<code>" + H(f.Claim) + "</code>");
        if (f.Stated is not null) Row(sb, "stated", "<strong>" + H(f.Stated) + "</strong>");
        if (Shown.Implied(f) is { } shown)
            Row(sb, "the other figures imply", H(shown) + (Discrepancies.Margin(f) is { } m ? " <span class=\"margin\">(off by " + H(m) + " in the last written digit)</span>" : ""));
        if (f.Stated is null || f.Implied is null) Row(sb, "found", H(f.Message));
        Row(sb, "rule", H(f.Kind) + " · <code>" + H(f.RuleId) + "</code> · " + H(f.RuleLocation.ToString()));
        if (inChapters.Count > 0) Row(sb, "chapter", H(string.Join(" · ", inChapters.Select(c => c.Heading))));
        if (f.Note is not null) Row(sb, "note", H(f.Note));
        if (d.Review.VerdictOf(f) is { } verdict)
        {
            Row(sb, "verdict", H(Grading.VerdictText.Describe(verdict)));
            if (verdict.ConsequenceOf is { } root) Row(sb, "consequence of", "<code>" + H(root) + "</code>");
        }
        if (d.Review.BestFor(f) is { } best) Row(sb, "suggested correction", "<span class=\"suggestion\">" + H(ErrorLocalisation.SuggestionText.Describe(best)) + "</span>");
        if (f.AcknowledgementReason is not null) Row(sb, "acknowledged", "<span class=\"reason\">" + H(f.AcknowledgementReason) + "</span>");
        sb.Append("</dl>\n<ol class=\"figures\">\n");
        foreach (var x in f.Figures)
        {
            sb.Append("<li").Append(x == primary ? " class=\"stated\"" : "").Append("><p><code>").Append(H(x.Id)).Append("</code> = <strong>")
              .Append(H(x.Written + " " + x.Unit)).Append("</strong>").Append(x == primary ? " (stated)" : "")
              .Append(Shown.Forced(f, x) is { } forced ? " · " + H(forced) : "")
              .Append(" · report line ").Append(N(x.SourceLine)).Append(" · <span class=\"yaml\">").Append(H(x.Location.ToString())).Append("</span></p>\n");
            sb.Append("<blockquote class=\"quote\">").Append(H(x.Quote)).Append("</blockquote>\n<pre class=\"context\">");
            foreach (var (line, text) in Discrepancies.Context(d.Run.Report.Source, x.SourceLine, ContextRadius))
            {
                var here = line == x.SourceLine;
                sb.Append(here ? "<mark>" : "<span>").Append("<span class=\"ln\">").Append(N(line)).Append("</span>")
                  .Append(here ? Highlighted(text, x) : H(text)).Append(here ? "</mark>" : "</span>");
            }
            sb.Append("</pre></li>\n");
        }
        sb.Append("</ol>\n</div>\n</details>\n");
    }

    /// <summary>
    /// The figure's own report line, escaped, with the figure's number marked where it stands: inside
    /// its quote when the quote is on the line, else its first occurrence as a whole number.
    /// </summary>
    public static string Highlighted(string line, FigureRef x)
    {
        var number = x.Fact.Value.Written;
        var from = Math.Max(0, line.IndexOf(x.Quote, StringComparison.Ordinal));
        var at = -1;
        for (var i = line.IndexOf(number, from, StringComparison.Ordinal); i >= 0; i = line.IndexOf(number, i + 1, StringComparison.Ordinal))
        {
            var before = i > 0 ? line[i - 1] : ' ';
            var after = i + number.Length < line.Length ? line[i + number.Length] : ' ';
            if (char.IsAsciiDigit(before) || char.IsAsciiDigit(after) || before == '.' || (after == '.' && i + number.Length + 1 < line.Length && char.IsAsciiDigit(line[i + number.Length + 1])))
                continue;
            at = i;
            break;
        }
        if (at < 0) return H(line);
        return H(line[..at]) + "<mark class=\"fig\">" + H(number) + "</mark>" + H(line[(at + number.Length)..]);
    }

    private static void Row(StringBuilder sb, string name, string html) =>
        sb.Append("<div><dt>").Append(H(name)).Append("</dt><dd>").Append(html).Append("</dd></div>\n");

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

        :root { --bad: #b42318; --ack: #b54708; --note: #175cd3; --ok: #067647; --line: #d0d5dd; --muted: #475467; }
        * { box-sizing: border-box; }
        body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 0 auto; max-width: 72rem; padding: .5rem 1.5rem 4rem; color: #101828; }
        h1 { font-size: 1.4rem; margin: .5rem 0 .25rem; } h2 { border-bottom: 2px solid var(--line); padding-bottom: .25rem; font-size: 1.25rem; } h3 { margin: 1rem 0 .5rem; font-size: 1.05rem; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .92em; overflow-wrap: anywhere; }
        .verdict { font-weight: 600; margin: 0 0 .5rem; } .verdict.pass { color: var(--ok); } .verdict.fail { color: var(--bad); }
        h2 .verdict { font-size: .9rem; margin-left: .5rem; }
        .source { color: var(--muted); margin: .25rem 0; }
        .summary { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
        .summary div { border: 1px solid var(--line); border-radius: .5rem; padding: .3rem .8rem; min-width: 6.5rem; }
        .summary dt { color: var(--muted); font-size: .8rem; } .summary dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
        .summary .bad dd { color: var(--bad); } .summary .ack dd { color: var(--ack); } .summary .ok dd { color: var(--ok); }
        .idle { color: var(--ack); }
        .overview-wrap { overflow-x: auto; margin: 0 0 1rem; }
        table.overview { border-collapse: collapse; font-size: .9rem; }
        table.overview caption { text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .25rem; }
        table.overview th, table.overview td { border-bottom: 1px solid var(--line); padding: .15rem .6rem; text-align: right; }
        table.overview th[scope=row], table.overview thead th:first-child { text-align: left; font-weight: normal; }
        table.overview tfoot th, table.overview tfoot td { font-weight: 600; border-bottom: none; }
        .filters { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 0; display: flex; gap: .5rem 1rem; align-items: center; flex-wrap: wrap; z-index: 1; }
        .filters input[type=search] { width: 14rem; max-width: 100%; font: inherit; padding: .15rem .4rem; }
        .filters select { max-width: 14rem; font: inherit; }
        .filters .count { color: var(--muted); margin-left: auto; }
        .filters button { font: inherit; font-size: .85rem; }
        details.finding { border: 1px solid var(--line); border-left: 6px solid var(--bad); border-radius: .5rem; margin: .4rem 0; }
        details.finding.acknowledged { border-left-color: var(--ack); } details.finding.notes { border-left-color: var(--note); }
        details.finding > summary { display: flex; gap: .5rem; align-items: baseline; padding: .35rem .75rem; cursor: pointer; list-style: none; }
        details.finding > summary::-webkit-details-marker { display: none; }
        details.finding > summary::before { content: "▸"; color: var(--muted); } details.finding[open] > summary::before { content: "▾"; }
        summary .id { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        summary .gist { flex: 1 1 0; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; color: var(--muted); font-size: .9rem; }
        details.finding[open] > summary { flex-wrap: wrap; }
        details.finding[open] > summary .id, details.finding[open] > summary .gist { white-space: normal; overflow-wrap: anywhere; }
        details.finding[open] > summary .gist { flex-basis: 100%; }
        details.finding > .body { padding: 0 1rem .75rem; }
        .badge { flex: none; display: inline-block; font-size: .72rem; text-transform: uppercase; letter-spacing: .04em; color: #fff; background: var(--bad); border-radius: .25rem; padding: 0 .4rem; }
        .acknowledged .badge { background: var(--ack); } .notes .badge { background: var(--note); }
        dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem 1rem; margin: .25rem 0 .5rem; }
        dl.facts div { display: contents; } dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
        .reason { background: #fffaeb; }
        .margin { color: var(--muted); }
        ol.figures { padding-left: 1.25rem; } ol.figures li { margin: .5rem 0; } ol.figures li.stated > p strong { color: var(--bad); }
        ol.figures p { margin: 0; overflow-wrap: anywhere; } .yaml { color: var(--muted); font-size: .85rem; }
        blockquote.quote { margin: .25rem 0; padding: .1rem .6rem; border-left: 3px solid var(--line); background: #f9fafb; overflow-wrap: anywhere; }
        pre.context { margin: .25rem 0; padding: .4rem .6rem; background: #f2f4f7; border-radius: .25rem; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85rem; }
        pre.context > mark, pre.context > span { display: block; min-height: 1.2em; } pre.context > mark { background: #fef0c7; } pre.context > span { color: var(--muted); }
        mark.fig { background: #fdb022; color: #101828; font-weight: 700; padding: 0 .1em; border-radius: .15em; }
        .ln { display: inline-block; min-width: 3.5em; color: #98a2b3; user-select: none; }
        .clean { color: var(--ok); }
        ul.stale li, ul.attributions li { overflow-wrap: anywhere; }
        [hidden] { display: none !important; }
        @media (max-width: 600px) {
          body { padding: .25rem .6rem 3rem; font-size: 14px; }
          h1 { font-size: 1.15rem; }
          .summary { gap: .35rem; }
          .summary div { min-width: 0; flex: 1 1 28%; padding: .2rem .5rem; } .summary dd { font-size: 1.1rem; }
          .filters { gap: .3rem .6rem; padding: .35rem 0; }
          .filters .lbl { display: none; }
          .filters button { font-size: .75rem; padding: 0 .3rem; } .filters .count { margin-left: 0; }
          .filters label.search, .filters label.chapter, .filters input[type=search], .filters select { width: 100%; max-width: 100%; }
          dl.facts { display: block; } dl.facts div { display: block; margin-bottom: .3rem; } dl.facts dt { font-size: .8rem; }
          details.finding > .body { padding: 0 .6rem .6rem; }
          ol.figures { padding-left: 1rem; }
          .ln { min-width: 2.5em; }
        }

        """;

    // The filters can be set from the address (report.html#chapter=r0c3&status=new&q=KPO), a change of
    // filter is written back there, and a link in the overview sets them by changing the address.
    private const string Script = """

        (function () {
          var chapter = document.getElementById('chapter');
          var query = document.getElementById('q');
          var statuses = Array.prototype.slice.call(document.querySelectorAll('input[name=status]'));
          var shown = document.getElementById('shown');
          var cards = Array.prototype.slice.call(document.querySelectorAll('details.finding'));
          function fromAddress() {
            var params = new URLSearchParams(location.hash.slice(1));
            chapter.value = params.get('chapter') || '';
            if (chapter.selectedIndex < 0) chapter.selectedIndex = 0;
            query.value = params.get('q') || '';
            var wanted = params.has('status') ? params.get('status').split(',') : null;
            statuses.forEach(function (s) { s.checked = wanted === null || wanted.indexOf(s.value) >= 0; });
            update();
          }
          function update() {
            var wanted = {};
            statuses.forEach(function (s) { wanted[s.value] = s.checked; });
            var words = query.value.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
            var n = 0;
            cards.forEach(function (card) {
              var inChapter = chapter.value === '' || (' ' + card.getAttribute('data-chapters') + ' ').indexOf(' ' + chapter.value + ' ') >= 0;
              var text = card.getAttribute('data-search');
              var found = words.every(function (w) { return text.indexOf(w) >= 0; });
              var ok = inChapter && found && wanted[card.getAttribute('data-group')] === true;
              card.hidden = !ok;
              if (ok) n++;
            });
            shown.textContent = String(n);
          }
          function changed() {
            update();
            var state = {};
            if (chapter.value !== '') state.chapter = chapter.value;
            var checked = statuses.filter(function (s) { return s.checked; }).map(function (s) { return s.value; });
            if (checked.length !== statuses.length) state.status = checked.join(',');
            if (query.value !== '') state.q = query.value;
            try { history.replaceState(null, '', '#' + new URLSearchParams(state).toString()); } catch (e) { }
          }
          function openAll(open) { cards.forEach(function (card) { if (!card.hidden) card.open = open; }); }
          chapter.addEventListener('change', changed);
          query.addEventListener('input', changed);
          statuses.forEach(function (s) { s.addEventListener('change', changed); });
          document.getElementById('open-all').addEventListener('click', function () { openAll(true); });
          document.getElementById('close-all').addEventListener('click', function () { openAll(false); });
          document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
          window.addEventListener('hashchange', fromAddress);
          fromAddress();
        })();

        """;
}
