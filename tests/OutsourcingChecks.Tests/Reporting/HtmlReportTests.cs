using System.Text.RegularExpressions;
using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>The editor's review report: one self-contained HTML file, every text escaped, filterable.</summary>
[TestFixture]
public class HtmlReportTests
{
    private CheckRun _run = null!;
    private string _html = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _run = new ReviewFixture().Run();
        _html = HtmlReport.Render([_run]);
    }

    [Test]
    public void A_quote_containing_a_script_tag_is_shown_as_text()
    {
        _html.Should().NotContain("<script>alert(1)</script>");
        _html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; 100.0 亿美元");
        Regex.Matches(_html, "<script", RegexOptions.IgnoreCase).Should().HaveCount(1, "the only script is the report's own filter script");
    }

    [Test]
    public void An_acknowledgement_reason_with_markup_is_shown_as_text()
    {
        _html.Should().NotContain("<img");
        _html.Should().Contain("&lt;img src=x onerror=alert(1)&gt; &amp; rounds differently");
    }

    [Test]
    public void The_file_is_self_contained_and_forbids_any_fetch()
    {
        _html.Should().StartWith("<!DOCTYPE html>");
        _html.Should().Contain("Content-Security-Policy\" content=\"default-src 'none';");
        _html.Should().NotContainAny("http://", "https://", "<link", " src=\"", "@import", "url(");
    }

    [Test]
    public void The_summary_gives_facts_checks_consistent_inconsistent_acknowledged_and_stale()
    {
        foreach (var (name, value) in new[]
                 {
                     ("facts", _run.Report.Facts.Count), ("checks", _run.Findings.Count), ("consistent", _run.Consistent),
                     ("inconsistent", _run.Inconsistent), ("acknowledged", _run.Acknowledged), ("stale acknowledgements", _run.StaleAcknowledgements.Count),
                 })
            _html.Should().Contain($"<dt>{name}</dt><dd>{value}</dd>");
        _run.StaleAcknowledgements.Should().ContainSingle("the fixture has one stale acknowledgement");
        _html.Should().Contain("no.such.finding");
    }

    [Test]
    public void Every_discrepancy_is_listed_and_no_consistent_check()
    {
        var articles = Articles();
        articles.Select(a => a.Status).Should().Equal("inconsistent", "acknowledged");
        _html.Should().Contain($"<code>{ReviewFixture.SumId}</code>").And.Contain($"<code>{ReviewFixture.SameId}</code>");
        _html.Should().NotContain("<code>share.c</code>");
    }

    [Test]
    public void A_discrepancy_shows_the_stated_value_the_implied_interval_the_claim_and_each_figure_with_its_line_and_surrounding_text()
    {
        var sum = _run.Findings.Single(f => f.Id == ReviewFixture.SumId);
        var article = Articles().Single(a => a.Status == "inconsistent").Html;
        article.Should().Contain("<dt>stated</dt><dd><strong>100.0 亿美元</strong>");
        article.Should().Contain(HtmlReport.H(Discrepancies.Implied(sum)!));
        article.Should().Contain(HtmlReport.H(sum.Claim));
        foreach (var x in sum.Figures)
            article.Should().Contain($"report line {x.SourceLine}").And.Contain(HtmlReport.H(x.Quote));
        // The figure's line is marked and its neighbours are shown around it.
        article.Should().Contain("<mark><span class=\"ln\">6</span>A &lt;script&gt;");
        article.Should().Contain("<span class=\"ln\">4</span>").And.Contain("<span class=\"ln\">8</span>");
    }

    [Test]
    public void The_acknowledged_discrepancy_carries_its_reason()
    {
        var article = Articles().Single(a => a.Status == "acknowledged").Html;
        article.Should().Contain("<dt>acknowledged</dt>").And.Contain("rounds differently");
    }

    [Test]
    public void Discrepancies_can_be_filtered_by_the_chapters_of_their_figures_and_by_status()
    {
        Articles().Select(a => a.Chapters).Should().Equal("r0c1", "r0c2");
        _html.Should().Contain("<option value=\"r0c1\">第一章 总览</option>").And.Contain("<option value=\"r0c2\">第二章 细分</option>");
        _html.Should().Contain("name=\"status\" value=\"inconsistent\"").And.Contain("name=\"status\" value=\"acknowledged\"");
    }

    [Test]
    public void With_several_reports_each_has_its_own_section_and_chapter_filters()
    {
        var html = HtmlReport.Render([_run, new ReviewFixture().Run()]);
        html.Should().Contain($"<option value=\"r0c1\">{HtmlReport.H("demo · 第一章 总览")}</option>")
            .And.Contain($"<option value=\"r1c2\">{HtmlReport.H("demo · 第二章 细分")}</option>");
        html.Split("<section class=\"run\">").Should().HaveCount(3);
    }

    [Test]
    public void Rendering_twice_gives_the_same_bytes() => HtmlReport.Render([_run]).Should().Be(_html);

    private List<(string Status, string Chapters, string Html)> Articles() =>
        Regex.Matches(_html, "<article class=\"finding [a-z]+\" data-status=\"([a-z]+)\" data-chapters=\"([^\"]*)\">(.*?)</article>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToList();
}
