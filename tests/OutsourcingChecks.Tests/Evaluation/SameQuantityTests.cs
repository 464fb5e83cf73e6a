using FluentAssertions;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Evaluation;

/// <summary>The same quantity stated twice must be writable from one true value.</summary>
[TestFixture]
public class SameQuantityTests
{
    private static TestReport Twice(string first, string firstUnit, string second, string secondUnit) =>
        new TestReport()
            .Fact("ch1", first, firstUnit, measure: "execution.growth", dims: "service: it_ops")
            .Fact("ch3", second, secondUnit, measure: "execution.growth", dims: "service: it_ops");

    [TestCase("22.8", "22.9", FindingStatus.Inconsistent, TestName = "same decimals: 22.8 % and 22.9 % cannot both round from one value")]
    [TestCase("22.8", "22.8", FindingStatus.Consistent, TestName = "same decimals: written alike")]
    [TestCase("22.8", "22.84", FindingStatus.Consistent, TestName = "finer 22.84 rounds to the coarser 22.8")]
    [TestCase("22.8", "22.85", FindingStatus.Inconsistent, TestName = "finer 22.85 rounds to 22.9, not 22.8")]
    [TestCase("22.80", "22.8", FindingStatus.Consistent, TestName = "22.80 and 22.8 agree though written differently")]
    public void Percentages(string first, string second, FindingStatus expected) =>
        Twice(first, "%", second, "%").Status("same.ch1.vs.ch3").Should().Be(expected);

    [Test]
    public void Two_point_nine_times_holds_294_percent()
    {
        Twice("2.9", "倍", "294.0", "%").Status("same.ch1.vs.ch3").Should().Be(FindingStatus.Consistent);
    }

    [Test]
    public void Three_times_does_not_hold_294_percent()
    {
        Twice("3.0", "倍", "294.0", "%").Status("same.ch1.vs.ch3").Should().Be(FindingStatus.Inconsistent);
    }

    [TestCase("0.8", FindingStatus.Consistent, TestName = "unit conversion: 7518.9 万美元 is 0.8 亿美元 to one decimal")]
    [TestCase("0.7", FindingStatus.Inconsistent, TestName = "unit conversion: 7518.9 万美元 is not 0.7 亿美元")]
    public void Units_convert(string yi, FindingStatus expected) =>
        Twice("7518.9", "万美元", yi, "亿美元").Status("same.ch1.vs.ch3").Should().Be(expected);

    [Test]
    public void Different_periods_are_different_quantities()
    {
        var (run, diagnostics) = new TestReport()
            .Fact("a", "22.8", "%", measure: "g", period: "2021")
            .Fact("b", "22.9", "%", measure: "g", period: "2020")
            .Check();
        diagnostics.Should().BeEmpty();
        run!.Findings.Should().BeEmpty();
    }

    [Test]
    public void An_explicit_same_rule_pairs_facts_named_differently()
    {
        new TestReport().Fact("a", "22.8", "%").Fact("b", "22.9", "%")
            .Rule("id: same.it_ops\nkind: same\nfacts: [a, b]")
            .Status("same.it_ops").Should().Be(FindingStatus.Inconsistent);
    }

    [Test]
    public void The_finding_names_both_figures_and_their_lines()
    {
        var f = Twice("22.8", "%", "22.9", "%").Finding("same.ch1.vs.ch3");
        f.Figures.Select(x => (x.Id, x.Written, x.SourceLine)).Should().Equal(("ch1", "22.8", 2), ("ch3", "22.9", 3));
        f.Message.Should().Contain("22.8 %").And.Contain("22.9 %");
    }
}
