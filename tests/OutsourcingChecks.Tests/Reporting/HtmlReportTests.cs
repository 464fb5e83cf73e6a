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
    public void The_verdict_comes_first_and_the_report_has_its_own_counts()
    {
        _html.Should().Contain("<p class=\"verdict fail\">✗ demo: 1 new discrepancy</p>");
        foreach (var (name, value) in new[]
                 {
                     ("facts", _run.Report.Facts.Count), ("checks", _run.Findings.Count), ("consistent", _run.Consistent),
                     ("new discrepancies", _run.Inconsistent), ("notes", 0), ("acknowledged", _run.Acknowledged),
                     ("stale acknowledgements", _run.StaleAcknowledgements.Count),
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
        articles.Select(a => a.Group).Should().Equal("new", "acknowledged");
        _html.Should().Contain($"<code class=\"id\">{ReviewFixture.SumId}</code>").And.Contain($"<code class=\"id\">{ReviewFixture.SameId}</code>");
        _html.Should().NotContain("share.c</code>");
    }

    [Test]
    public void A_discrepancy_shows_the_stated_value_the_implied_interval_the_claim_and_each_figure_with_its_line_and_surrounding_text()
    {
        var sum = _run.Findings.Single(f => f.Id == ReviewFixture.SumId);
        var article = Articles().Single(a => a.Status == "inconsistent").Html;
        article.Should().Contain("<dt>stated</dt><dd><strong>100.0 亿美元</strong>");
        article.Should().Contain(HtmlReport.H(Shown.Implied(sum)!));
        article.Should().Contain("<summary><span class=\"badge\">new</span> <code class=\"id\">sum.parts</code>", "the card is folded to its id and gist");
        article.Should().Contain(HtmlReport.H(sum.Claim));
        foreach (var x in sum.Figures)
            article.Should().Contain($"report line {x.SourceLine}").And.Contain(HtmlReport.H(x.Quote));
        // The figure's line is marked and its neighbours are shown around it.
        article.Should().Contain("<mark><span class=\"ln\">6</span>A &lt;script&gt;alert(1)&lt;/script&gt; <mark class=\"fig\">100.0</mark> 亿美元</mark>",
            "the figure is marked inside its line");
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
        _html.Should().Contain("name=\"status\" value=\"new\"").And.Contain("name=\"status\" value=\"acknowledged\"");
        _html.Should().Contain("<a href=\"#chapter=r0c1&amp;status=new\">1</a>", "the overview links each count to its filter")
            .And.Contain("<a href=\"#chapter=r0c2&amp;status=acknowledged\">1</a>");
        _html.Should().Contain("data-search=\"sum.parts sum a 100.0 &lt;script&gt;alert(1)&lt;/script&gt; 100.0 亿美元", "the search reads ids, values and quotes, escaped");
    }

    [Test]
    public void With_several_reports_each_has_its_own_section_and_chapter_filters()
    {
        var html = HtmlReport.Render([_run, new ReviewFixture().Run()]);
        html.Should().Contain($"<option value=\"r0c1\">{HtmlReport.H("demo · 第一章 总览")}</option>")
            .And.Contain($"<option value=\"r1c2\">{HtmlReport.H("demo · 第二章 细分")}</option>");
        html.Split("<section class=\"run\"").Should().HaveCount(3);
        Regex.Matches(html, $"<dt>facts</dt><dd>{_run.Report.Facts.Count}</dd>").Should().HaveCount(2, "each report has its own counts, never added up");
    }

    [Test]
    public void Rendering_twice_gives_the_same_bytes() => HtmlReport.Render([_run]).Should().Be(_html);

    [TestCase("A 100.0 亿美元, B 1100.0", "A <mark class=\"fig\">100.0</mark> 亿美元, B 1100.0")]
    [TestCase("B 1100.0 亿美元 then 100.0 亿美元", "B 1100.0 亿美元 then <mark class=\"fig\">100.0</mark> 亿美元")]
    [TestCase("no such number here", "no such number here")]
    public void The_figure_is_marked_as_a_whole_number_in_its_line(string line, string html)
    {
        var a = _run.Findings.SelectMany(f => f.Figures).First(x => x.Id == "a");
        var figure = a with { Fact = a.Fact with { Quote = "100.0 亿美元" } };
        HtmlReport.Highlighted(line, figure).Should().Be(html);
    }

    private List<(string Status, string Group, string Chapters, string Html)> Articles() =>
        Regex.Matches(_html, "<details class=\"finding [a-z]+\" id=\"[^\"]*\" data-status=\"([a-z]+)\" data-group=\"([a-z]+)\" data-chapters=\"([^\"]*)\"[^>]*>(.*?)</details>", RegexOptions.Singleline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, m.Groups[4].Value)).ToList();
}
