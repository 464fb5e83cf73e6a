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
    public void The_summary_table_gives_every_count()
    {
        _md.Should().Contain("| facts | checks | consistent | inconsistent | acknowledged | stale acknowledgements |");
        _md.Should().Contain($"| {_run.Report.Facts.Count} | {_run.Findings.Count} | {_run.Consistent} | {_run.Inconsistent} | {_run.Acknowledged} | {_run.StaleAcknowledgements.Count} |");
    }

    [Test]
    public void A_discrepancy_gives_its_claim_stated_value_implied_interval_arithmetic_and_figures()
    {
        var sum = _run.Findings.Single(f => f.Id == ReviewFixture.SumId);
        var section = Section(ReviewFixture.SumId);
        section.Should().Contain("**Stated:** 100.0 亿美元");
        section.Should().Contain("**The other figures imply:** " + MarkdownReport.Text(Discrepancies.Implied(sum)!));
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
    public void Acknowledged_discrepancies_are_folded_with_their_reason_and_stale_acknowledgements_listed()
    {
        var details = _md.IndexOf("<details>", StringComparison.Ordinal);
        details.Should().BeGreaterThan(_md.IndexOf(ReviewFixture.SumId, StringComparison.Ordinal));
        _md.IndexOf(ReviewFixture.SameId, StringComparison.Ordinal).Should().BeGreaterThan(details);
        Section(ReviewFixture.SameId).Should().Contain("**Acknowledged:** Chapter 2 repeats");
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
