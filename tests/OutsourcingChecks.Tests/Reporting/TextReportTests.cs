using System.Text.RegularExpressions;
using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>The text report: what needs doing first, wrapped to the width, plain unless colour is asked for.</summary>
[TestFixture]
public partial class TextReportTests
{
    private const string LongReason = "The table's total row gives 3.5 although its parts add up to 3.3. The second sentence says more, with 合计 and 总额 to measure wide characters, and goes on long enough to be cut on a narrow terminal line.";

    private static CheckRun Run(string total = "3.5", bool acknowledged = false)
    {
        var report = new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", total)
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t");
        if (acknowledged) report.Acknowledge("s", $"a: \"1.1\", b: \"2.2\", t: \"{total}\"", $"\"{LongReason}\"");
        return report.Check().Run!;
    }

    [Test]
    public void The_verdict_is_the_first_line_and_the_counts_follow()
    {
        var failing = TextReport.Render([Run()]);
        failing.Split('\n')[0].Should().Be("FAIL  facts: 1 new discrepancy");
        var lines = failing.Split('\n');
        Array.FindIndex(lines, l => l.Contains("NEW DISCREPANCIES (1)", StringComparison.Ordinal)).Should().BeLessThan(12);
        lines.Take(6).Should().Contain(l => Regex.IsMatch(l, @"^\s+facts\s+3\s+1\s+1\s+0\s+0\s+0\s+0$"), "a row of counts per report");

        TextReport.Render([Run(acknowledged: true)]).Split('\n')[0].Should().Be("PASS  no new discrepancy in facts");
    }

    [Test]
    public void Acknowledged_findings_are_one_line_each_with_the_first_sentence_of_the_reason_and_in_full_with_all()
    {
        var brief = TextReport.Render([Run(acknowledged: true)]);
        var line = brief.Split('\n').Single(l => l.Contains(" s ", StringComparison.Ordinal) && l.Contains("line 4", StringComparison.Ordinal));
        line.Should().Contain("The table's total row gives 3.5 although its parts add up to 3.3.").And.NotContain("second sentence");
        brief.Should().NotContain("claim").And.NotContain("a = 1.1");

        var full = TextReport.Render([Run(acknowledged: true)], new TextOptions(Width: 400, All: true));
        full.Should().Contain(LongReason).And.Contain("claim").And.Contain("CONSISTENT");
    }

    [TestCase(100)]
    [TestCase(60)]
    public void Every_line_fits_the_width_counting_Chinese_characters_as_two_columns(int width)
    {
        var text = TextReport.Render([Run(acknowledged: true), Run()], new TextOptions(Width: width));
        text.Split('\n').Should().OnlyContain(l => Columns(l) <= width);
        if (width < 80) text.Should().Contain("…", "the reason of an acknowledged finding is cut to the line");
    }

    [Test]
    public void The_claim_is_shown_once_and_the_interval_with_two_decimals_more_than_the_stated_figure()
    {
        var text = TextReport.Render([Run()], new TextOptions(Width: 400));
        Regex.Matches(text, Regex.Escape("t = a + b")).Should().HaveCount(1);
        text.Should().Contain("stated 3.5 亿美元; the other figures give [3.200, 3.400] 亿美元");
    }

    [Test]
    public void Plain_text_has_no_escape_codes_and_colour_has_them()
    {
        TextReport.Render([Run()]).Should().NotContain("\u001b[");
        TextReport.Render([Run()], new TextOptions(Colour: true)).Should().Contain("\u001b[");
    }

    [Test]
    public void Each_report_has_its_own_counts_and_its_own_verdict()
    {
        var text = TextReport.Render([Run(acknowledged: true), Run()]);
        text.Split('\n')[0].Should().StartWith("FAIL  facts: 1 new discrepancy");
        Regex.Matches(text, "══ facts").Should().HaveCount(2);
        text.Should().Contain("3 facts, 1 check: 0 new discrepancies, 1 acknowledged")
            .And.Contain("3 facts, 1 check: 1 new discrepancy, 0 consistent");
    }

    [Test]
    public void A_rule_that_defines_no_check_is_named()
    {
        var run = new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", "3.3")
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Rule("id: other\nkind: sum\nparts: [b, a]\ntotal: t").Check().Run!;
        // A run in which the second rule gave no check (as a template whose values list is empty would).
        var fewer = run with { Checks = run.Checks.Where(c => c.RuleId == "s").ToList() };
        TextReport.Render([fewer], new TextOptions(Width: 400)).Should().Contain("1 rule defines no check").And.Contain("other (");
        TextReport.Render([run], new TextOptions(Width: 400)).Should().NotContain("defines no check");
    }

    [TestCase(35.44384, 35.44983, 3, "[35.443, 35.450]")]
    [TestCase(-1.244769, -1.066653, 3, "[-1.245, -1.066]")]
    [TestCase(80.85, 81.15, 3, "[80.850, 81.150]")]
    public void An_interval_is_shown_rounded_outward_so_it_still_holds_every_allowed_value(double lo, double hi, int decimals, string shown) =>
        Shown.Interval(new Interval((decimal)lo, (decimal)hi), decimals).Should().Be(shown);

    /// <summary>Terminal columns: East Asian wide and full-width characters take two.</summary>
    private static int Columns(string line) => line.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
}
