using System.Text.RegularExpressions;
using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>Markdown for a pull-request comment: a summary table and every discrepancy in full.</summary>
[TestFixture]
public class MarkdownReportTests
{
    private CheckRun _run = null!;
    private string _md = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _run = new ReviewFixture().Run();
        _md = MarkdownReport.Render([_run]);
    }

    [Test]
    public void The_verdict_comes_first_and_the_table_gives_every_count_of_each_report()
    {
        _md.Should().StartWith("# ❌ Arithmetic checks: demo: 1 new discrepancy");
        _md.Should().Contain("| report | facts | checks | new | notes | acknowledged | consistent | stale acknowledgements |");
        _md.Should().Contain($"| demo | {_run.Report.Facts.Count} | {_run.Findings.Count} | {_run.Inconsistent} | 0 | {_run.Acknowledged} | {_run.Consistent} | {_run.StaleAcknowledgements.Count} |");
    }

    [Test]
    public void Two_reports_have_a_row_and_a_section_each_never_added_up()
    {
        var md = MarkdownReport.Render([_run, new ReviewFixture().Run()]);
        Regex.Matches(md, $@"\| demo \| {_run.Report.Facts.Count} \|").Should().HaveCount(2);
        md.Should().NotContain($"| {2 * _run.Report.Facts.Count} |");
        Regex.Matches(md, "## ❌ demo: 1 new discrepancy").Should().HaveCount(2);
    }

    [Test]
    public void Attribution_findings_are_listed()
    {
        var run = new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", "3.3").Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Attribute("attribution.t", 4, "3.3 亿美元", "The text calls it the national total; it is the city's.").Check().Run!;
        MarkdownReport.Render([run]).Should().Contain("### Attribution findings (1")
            .And.Contain("`attribution.t` · report line 4: “3.3 亿美元”: The text calls it the national total; it is the city's.");
    }

    [TestCase(60_000)]
    [TestCase(3_000)]
    public void A_long_report_is_cut_to_the_budget_new_discrepancies_first_and_says_what_was_left_out(int budget)
    {
        // 80 failing sums and 80 acknowledged ones, each with a long reason: far more than a comment takes.
        var report = new TestReport();
        for (var i = 0; i < 160; i++)
        {
            report.Fact($"a{i}", "1.1").Fact($"b{i}", "2.2").Fact($"t{i}", "3.5").Rule($"id: s{i}\nkind: sum\nparts: [a{i}, b{i}]\ntotal: t{i}");
            if (i % 2 == 1) report.Acknowledge($"s{i}", $"a{i}: \"1.1\", b{i}: \"2.2\", t{i}: \"3.5\"", "\"" + string.Concat(Enumerable.Repeat("The total row is misprinted. ", 30)) + "\"");
        }
        var run = report.Check().Run!;
        var md = MarkdownReport.Render([run], new MarkdownOptions(budget, "https://ci.example/run/1/report.html"));

        md.Length.Should().BeLessThanOrEqualTo(budget);
        md.Should().StartWith("# ❌ Arithmetic checks: facts: 80 new discrepancies");
        var shownNew = Regex.Matches(md, "#### ❌ `s").Count;
        var shownAck = Regex.Matches(md, @"^- `s\d+` · sum", RegexOptions.Multiline).Count;
        shownNew.Should().BeGreaterThan(0);
        if (shownAck > 0) shownNew.Should().Be(80, "acknowledged ones get room only after every new discrepancy");
        var left = Regex.Match(md, @"\*\*Left out to fit a comment \(([\d,]+) characters\):\*\* (.*)$", RegexOptions.Multiline);
        left.Success.Should().BeTrue();
        left.Groups[2].Value.Should().Contain("https://ci.example/run/1/report.html");
        var leftNew = Regex.Match(left.Groups[2].Value, @"(\d+) new discrepancies");
        var leftAck = Regex.Match(left.Groups[2].Value, @"(\d+) acknowledged");
        (shownNew + (leftNew.Success ? int.Parse(leftNew.Groups[1].Value) : 0)).Should().Be(80);
        (shownAck + (leftAck.Success ? int.Parse(leftAck.Groups[1].Value) : 0)).Should().Be(80);
    }

    [Test]
    public void A_report_that_fits_is_given_whole_with_no_line_about_what_was_left_out() =>
        _md.Should().NotContain("Left out");

    [Test]
    public void A_discrepancy_gives_its_claim_stated_value_implied_interval_arithmetic_and_figures()
    {
        var sum = _run.Findings.Single(f => f.Id == ReviewFixture.SumId);
        var section = Section(ReviewFixture.SumId);
        section.Should().Contain("**Stated:** 100.0 亿美元");
        section.Should().Contain("**The other figures imply:** " + MarkdownReport.Text(Shown.Implied(sum)!));
        section.Should().Contain("**Claim:** `" + sum.Claim + "`");
        section.Should().Contain("**Arithmetic:**");
        section.Should().Contain("**chapter:** 第一章 总览");
        foreach (var x in sum.Figures) section.Should().Contain($"`{x.Id}` = {x.Written} {x.Unit}").And.Contain($"report line {x.SourceLine}:");
    }

    [Test]
    public void Markup_from_quotes_and_reasons_is_escaped()
    {
        Regex.IsMatch(_md, @"(?<!\\)<(script|img)").Should().BeFalse("every < from the data is backslash-escaped");
        _md.Should().Contain(@"\<script\>alert(1)\</script\> 100.0 亿美元");
        _md.Should().Contain(@"\<img src=x onerror=alert(1)\> \& rounds differently");
    }

    [Test]
    public void Acknowledged_discrepancies_are_folded_a_line_each_with_their_reason_and_stale_acknowledgements_listed()
    {
        var details = _md.IndexOf("<details>", StringComparison.Ordinal);
        details.Should().BeGreaterThan(_md.IndexOf(ReviewFixture.SumId, StringComparison.Ordinal));
        _md.IndexOf(ReviewFixture.SameId, StringComparison.Ordinal).Should().BeGreaterThan(details);
        _md.Should().Contain($"- `{ReviewFixture.SameId}` · same · report line 12: Chapter 2 repeats");
        _md.Should().Contain("### Stale acknowledgements (1)").And.Contain("`no.such.finding`: no finding has this id");
    }

    [TestCase("a|b", @"a\|b")]
    [TestCase("*x* _y_ [z](u) `c`", @"\*x\* \_y\_ \[z\](u) \`c\`")]
    [TestCase("line\nbreak", "line break")]
    public void Text_is_escaped_for_markdown(string text, string expected) => MarkdownReport.Text(text).Should().Be(expected);

    [TestCase("a`b", "``a`b``")]
    [TestCase("`x", "`` `x ``")]
    public void A_code_span_holds_backticks(string text, string expected) => MarkdownReport.Code(text).Should().Be(expected);

    private string Section(string id)
    {
        var start = _md.IndexOf($"`{id}`", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0);
        var end = _md.IndexOf("####", start, StringComparison.Ordinal);
        return end < 0 ? _md[start..] : _md[start..end];
    }
}
