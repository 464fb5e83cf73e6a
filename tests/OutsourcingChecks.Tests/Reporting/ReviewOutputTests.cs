using System.Text.Json;
using FluentAssertions;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>The suggested correction and the verdict, as the text and JSON reports show them.</summary>
[TestFixture]
public class ReviewOutputTests
{
    private static TestReport Mistyped() =>
        new TestReport()
            .Fact("a", "191.5").Fact("b", "302.5").Fact("t", "500.0").Fact("share.a", "39.5", "%")
            .Rule("id: sum.t\nkind: sum\nparts: [a, b]\ntotal: t")
            .Rule("id: share.a\nkind: share\npart: a\nwhole: t\nshare: share.a");

    /// <summary>The text report on a line wide enough that no phrase is wrapped.</summary>
    private static string Wide(IReadOnlyList<OutsourcingChecks.Evaluation.CheckRun> runs) => TextReport.Render(runs, new TextOptions(Width: 400));

    /// <summary>Runs of spaces as one: the text report aligns its labels in columns.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, " {2,}", " ");

    [Test]
    public void The_text_report_gives_the_verdict_and_the_suggested_correction_after_each_discrepancy()
    {
        var (run, _) = Mistyped().Check();
        var text = Wide([run!]);

        var sum = text[text.IndexOf("✗ sum.t", StringComparison.Ordinal)..];
        if (sum.IndexOf("\n\n", StringComparison.Ordinal) is > 0 and var end) sum = sum[..end];
        Flat(sum).Should().Contain("verdict inconsistent, off by 59.0 in the last written digit");
        Flat(sum).Should().Contain("suggestion a: 191.5 → 197.5 亿美元 (one digit typed wrong); mends sum.t, share.a");
    }

    [Test]
    public void Figures_that_would_mend_as_much_are_offered_as_alternatives()
    {
        // 22.8 % and 22.9 % for one quantity: either may be the typo.
        var (run, _) = new TestReport()
            .Fact("ch1", "22.8", "%", measure: "g", dims: "service: it_ops")
            .Fact("ch3", "22.9", "%", measure: "g", dims: "service: it_ops").Check();
        var text = Flat(Wide([run!]));
        text.Should().Contain("suggestion ch1: 22.8 → 22.9 % (one digit typed wrong)")
            .And.Contain("or ch3: 22.9 → 22.8 % (one digit typed wrong)");
    }

    [Test]
    public void Notes_from_rounded_figures_are_listed_apart_from_discrepancies()
    {
        var (run, _) = new TestReport().Fact("now", "44.54", "%").Fact("before", "46.26", "%")
            .Fact("p", "1.8", "个百分点", qualifiers: "decline")
            .Rule("id: s\nkind: points\nnow: now\nbefore: before\npoints: p").Check();
        var text = Wide([run!]);
        text.Should().NotContain("NEW DISCREPANCIES").And.Contain("NOTES (1").And.Contain("~ s");
    }

    [Test]
    public void A_consequence_is_listed_under_its_root_not_as_a_discrepancy_of_its_own()
    {
        var (run, _) = new TestReport()
            .Fact("cur", "122.6").Fact("prev", "100.0")
            .Fact("ch1", "22.6", "%", measure: "g", dims: "service: it_ops")
            .Fact("ch3", "22.9", "%", measure: "g", dims: "service: it_ops")
            .Rule("id: growth.ch3\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: ch3").Check();
        var text = Wide([run!]);
        text.Should().Contain("consequences of same.ch1.vs.ch3").And.Contain("↳ growth.ch3").And.NotContain("✗ growth.ch3");
    }

    [Test]
    public void The_json_report_adds_verdict_margin_consequence_and_suggestion_to_each_finding()
    {
        var (run, _) = Mistyped().Check();
        using var doc = JsonDocument.Parse(JsonReport.Render([run!]));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("id").GetString()!);

        var sum = findings["sum.t"];
        sum.GetProperty("verdict").GetString().Should().Be("inconsistent");
        sum.GetProperty("margin").GetString().Should().Be("59.0", "500.0 lies 5.9 above the 494.1 that 191.55 + 302.55 reach");
        var suggestion = sum.GetProperty("suggestion");
        suggestion.GetProperty("fact").GetString().Should().Be("a");
        suggestion.GetProperty("current").GetString().Should().Be("191.5");
        suggestion.GetProperty("suggested").GetString().Should().Be("197.5");
        suggestion.GetProperty("slip").GetString().Should().Be("digit-typed");
        suggestion.GetProperty("mended").EnumerateArray().Select(e => e.GetString()).Should().BeEquivalentTo("sum.t", "share.a");
        sum.TryGetProperty("consequenceOf", out _).Should().BeFalse("it is written only when there is a root");
        sum.GetProperty("status").GetString().Should().Be("inconsistent", "existing fields keep their names and values");
    }
}
