using System.Text.Json;
using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>
/// A joint finding is a discrepancy like any other in every format: its id, what it states, its
/// verdict and margin, and a suggested correction; the JSON adds its checks and each figure's
/// interval and what the other statements force on it.
/// </summary>
[TestFixture]
public class JointInWritersTests
{
    private const string Id = "joint.share+sum";

    /// <summary>a 20.1 + b 28.4 = t 48.6, and t is 60.9 % of w 80.0: each holds alone, not both.</summary>
    private static CheckRun Run() => new TestReport()
        .Fact("a", "20.1").Fact("b", "28.4").Fact("t", "48.6").Fact("w", "80.0").Fact("s", "60.9", "%")
        .Rule("id: sum\nkind: sum\nparts: [a, b]\ntotal: t")
        .Rule("id: share\nkind: share\npart: t\nwhole: w\nshare: s")
        .Check().Run!;

    [Test]
    public void Text_lists_it_as_a_new_discrepancy_with_verdict_suggestion_and_what_the_others_force()
    {
        var text = TextReport.Render([Run()], new TextOptions(Width: 160));
        text.Should().Contain("NEW DISCREPANCIES (1)").And.Contain(Id)
            .And.Contain("each hold alone, but both checks cannot hold at once")
            .And.Contain("off by 1.0 in the last written digit").And.Contain("suggestion").And.Contain("others force");
    }

    [Test]
    public void Json_gives_its_checks_and_each_figure_with_its_written_and_forced_interval()
    {
        using var doc = JsonDocument.Parse(JsonReport.Render([Run()]));
        var joint = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == Id);
        joint.GetProperty("kind").GetString().Should().Be("joint");
        joint.GetProperty("verdict").GetString().Should().Be("inconsistent");
        joint.GetProperty("margin").GetString().Should().Be("1.0");
        joint.GetProperty("suggestion").GetProperty("mended").EnumerateArray().Select(e => e.GetString()).Should().Contain(Id);
        var detail = joint.GetProperty("joint");
        detail.GetProperty("checks").EnumerateArray().Select(e => e.GetString()).Should().Equal("share", "sum");
        var s = detail.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "s");
        s.GetProperty("interval").GetProperty("lo").GetString().Should().Be("60.85");
        decimal.Parse(s.GetProperty("forced").GetProperty("hi").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Should().BeInRange(60.78m, 60.80m);
    }

    [Test]
    public void Markdown_sarif_junit_and_html_carry_it()
    {
        var run = Run();
        MarkdownReport.Render([run], new MarkdownOptions()).Should().Contain(Id).And.Contain("others force");
        HtmlReport.Render([run]).Should().Contain(Id).And.Contain("others force");
        JUnitReport.Render([run]).Should().Contain(Id).And.Contain("<failure");
        using var sarif = JsonDocument.Parse(SarifReport.Render([run]));
        var sarifRun = sarif.RootElement.GetProperty("runs")[0];
        sarifRun.GetProperty("results").EnumerateArray().Should().Contain(r => r.GetProperty("ruleId").GetString() == "joint");
        var rule = sarifRun.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "joint");
        rule.TryGetProperty("help", out var help).Should().BeTrue("GitHub's rules need help on every rule");
        help.GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
    }
}
