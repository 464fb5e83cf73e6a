using FluentAssertions;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Evaluation;

[TestFixture]
public class AcknowledgementTests
{
    private static TestReport Discrepancy(string second) =>
        new TestReport()
            .Fact("a", "22.8", "%", measure: "g")
            .Fact("b", second, "%", measure: "g");

    [Test]
    public void An_acknowledged_discrepancy_is_reported_with_its_reason_and_does_not_fail()
    {
        var (run, _) = Discrepancy("22.9").Acknowledge("same.a.vs.b", "a: \"22.8\", b: \"22.9\"", "chapter 3 is wrong").Check();
        var f = run!.Findings.Single();
        f.Status.Should().Be(FindingStatus.Acknowledged);
        f.AcknowledgementReason.Should().Be("chapter 3 is wrong");
        run.Inconsistent.Should().Be(0);
        run.StaleAcknowledgements.Should().BeEmpty();
    }

    [Test]
    public void When_a_pinned_figure_changes_the_finding_fails_again_and_the_acknowledgement_is_stale()
    {
        var (run, _) = Discrepancy("23.0").Acknowledge("same.a.vs.b", "a: \"22.8\", b: \"22.9\"", "reviewed").Check();
        run!.Findings.Single().Status.Should().Be(FindingStatus.Inconsistent);
        run.StaleAcknowledgements.Single().Why.Should().Contain("b was 22.9, now 23.0");
    }

    [Test]
    public void An_acknowledgement_of_a_finding_that_is_now_consistent_is_stale()
    {
        var (run, _) = Discrepancy("22.8").Acknowledge("same.a.vs.b", "a: \"22.8\", b: \"22.8\"", "reviewed").Check();
        run!.Findings.Single().Status.Should().Be(FindingStatus.Consistent);
        run.StaleAcknowledgements.Should().ContainSingle();
    }

    [Test]
    public void An_acknowledgement_that_names_no_finding_is_stale()
    {
        var (run, _) = Discrepancy("22.9").Acknowledge("no.such.finding", "a: \"22.8\"", "reviewed").Check();
        run!.StaleAcknowledgements.Single().Why.Should().Be("no finding has this id");
        run.Inconsistent.Should().Be(1);
    }
}
