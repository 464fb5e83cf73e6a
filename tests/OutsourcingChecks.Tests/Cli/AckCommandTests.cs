using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>`ack FINDING --reason`: adds or updates an acknowledgement, refuses what cannot be acknowledged.</summary>
[TestFixture]
public class AckCommandTests
{
    private static (int Exit, ConsoleCapture Console) Ack(ReviewFixture f, string finding, string reason, string? file = null)
    {
        using var capture = new ConsoleCapture();
        var exit = AckCommand.Run(finding, reason, file, f.Paths.FactsDirectory, f.Paths.RulesDirectory, f.Paths.SourceFile);
        return (exit, capture);
    }

    [Test]
    public void Acknowledging_a_discrepancy_adds_it_to_the_file_and_the_finding_is_acknowledged_from_then_on()
    {
        var f = new ReviewFixture();
        var (exit, console) = Ack(f, ReviewFixture.SumId, "B is wrong by 10.0.");
        exit.Should().Be(ExitCodes.Clean);
        console.Out.Should().Contain($"added the acknowledgement of {ReviewFixture.SumId}");
        var sum = f.Run().Findings.Single(x => x.Id == ReviewFixture.SumId);
        sum.Status.Should().Be(FindingStatus.Acknowledged);
        sum.AcknowledgementReason.Should().Be("B is wrong by 10.0.");
        var text = File.ReadAllText(f.AcknowledgedFile);
        var before = ReviewFixture.Acknowledged[..ReviewFixture.Acknowledged.IndexOf("# end of file", StringComparison.Ordinal)].TrimEnd('\n');
        text.Should().StartWith(before, "the entries and comments before it stay as written").And.EndWith("# end of file");
        text.Should().Contain("figures: { a: \"100.0\", b: \"60.0\", c: \"50.0\" }");
    }

    [Test]
    public void After_writing_the_stale_acknowledgements_are_listed()
    {
        var (_, console) = Ack(new ReviewFixture(), ReviewFixture.SumId, "reviewed");
        console.Out.Should().Contain("stale acknowledgements (1):").And.Contain("no.such.finding: no finding has this id");
    }

    [Test]
    public void Acknowledging_an_acknowledged_finding_again_updates_its_entry()
    {
        var f = new ReviewFixture();
        var (exit, console) = Ack(f, ReviewFixture.SameId, "Chapter 1 is right.");
        exit.Should().Be(ExitCodes.Clean);
        console.Out.Should().Contain("updated the acknowledgement");
        var text = File.ReadAllText(f.AcknowledgedFile);
        text.Split("finding: same.e.vs.f").Should().HaveCount(2, "there is still one entry for it");
        text.Should().Contain("# the two growth rates").And.Contain("# end of file").And.NotContain("rounds differently");
        f.Run().Findings.Single(x => x.Id == ReviewFixture.SameId).AcknowledgementReason.Should().Be("Chapter 1 is right.");
    }

    [Test]
    public void An_acknowledgement_gone_stale_because_a_figure_changed_is_repinned()
    {
        var f = new ReviewFixture(acknowledged: ReviewFixture.Acknowledged.Replace("f: \"22.9\"", "f: \"23.0\""));
        f.Run().StaleAcknowledgements.Select(s => s.Acknowledgement.FindingId).Should().Contain(ReviewFixture.SameId);
        var (exit, console) = Ack(f, ReviewFixture.SameId, "Reviewed again at 22.9.");
        exit.Should().Be(ExitCodes.Clean);
        console.Out.Should().Contain("updated the acknowledgement");
        File.ReadAllText(f.AcknowledgedFile).Should().Contain("figures: { e: \"22.8\", f: \"22.9\" }");
        var run = f.Run();
        run.Findings.Single(x => x.Id == ReviewFixture.SameId).Status.Should().Be(FindingStatus.Acknowledged);
        run.StaleAcknowledgements.Select(s => s.Acknowledgement.FindingId).Should().NotContain(ReviewFixture.SameId);
    }

    [Test]
    public void A_decline_is_pinned_as_written_without_its_sign()
    {
        var facts = ReviewFixture.Facts.Replace("    value: 22.9\n", "    value: 22.9\n    qualifiers: [decline]\n");
        var f = new ReviewFixture(facts);
        Ack(f, ReviewFixture.SameId, "The sign differs.").Exit.Should().Be(ExitCodes.Clean);
        File.ReadAllText(f.AcknowledgedFile).Should().Contain("f: \"22.9\"");
        f.Run().Findings.Single(x => x.Id == ReviewFixture.SameId).Status.Should().Be(FindingStatus.Acknowledged);
    }

    [TestCase("no.such.check", "no check has the id 'no.such.check'", TestName = "an unknown finding id is refused")]
    [TestCase("share.c", "is consistent", TestName = "a consistent finding is refused")]
    public void Refusals_exit_2_and_leave_the_file_alone(string finding, string message)
    {
        var f = new ReviewFixture();
        var (exit, console) = Ack(f, finding, "reason");
        exit.Should().Be(ExitCodes.InvalidInput);
        console.Error.Should().Contain(message);
        File.ReadAllText(f.AcknowledgedFile).Should().Be(ReviewFixture.Acknowledged);
    }

    [Test]
    public void An_empty_reason_is_refused() =>
        Ack(new ReviewFixture(), ReviewFixture.SumId, " ").Exit.Should().Be(ExitCodes.InvalidInput);

    [Test]
    public void An_unknown_id_gets_suggestions() =>
        Ack(new ReviewFixture(), "sum", "r").Console.Error.Should().Contain("did you mean 'sum.parts'");

    [Test]
    public void A_finding_acknowledged_in_one_file_is_not_acknowledged_again_in_another()
    {
        var f = new ReviewFixture();
        var other = Path.Combine(f.Paths.RulesDirectory, "more.yaml");
        var (exit, console) = Ack(f, ReviewFixture.SameId, "again", other);
        exit.Should().Be(ExitCodes.InvalidInput);
        console.Error.Should().Contain("already acknowledged at");
        File.Exists(other).Should().BeFalse();
    }

    [Test]
    public void With_file_a_new_acknowledgements_file_is_created()
    {
        var f = new ReviewFixture();
        var other = Path.Combine(f.Paths.RulesDirectory, "more.yaml");
        Ack(f, ReviewFixture.SumId, "reviewed", other).Exit.Should().Be(ExitCodes.Clean);
        File.ReadAllText(other).Should().StartWith("acknowledged:\n  - finding: sum.parts\n");
        f.Run().Findings.Single(x => x.Id == ReviewFixture.SumId).Status.Should().Be(FindingStatus.Acknowledged);
    }

    [Test]
    public void A_malformed_acknowledgements_file_is_reported_with_its_location_and_left_alone()
    {
        var f = new ReviewFixture();
        var other = Path.Combine(f.Root, "broken.yaml");
        File.WriteAllText(other, "acknowledged:\n  - finding: [x\n");
        var (exit, console) = Ack(f, ReviewFixture.SumId, "reviewed", other);
        exit.Should().Be(ExitCodes.InvalidInput);
        console.Error.Should().Contain("broken.yaml:");
        File.ReadAllText(other).Should().Be("acknowledged:\n  - finding: [x\n");
    }

    [Test]
    public void Without_file_a_finding_goes_to_the_chapter_file_when_the_rules_keep_an_acknowledged_folder()
    {
        var f = new ReviewFixture();
        Directory.CreateDirectory(Path.Combine(f.Paths.RulesDirectory, "acknowledged"));
        Ack(f, ReviewFixture.SumId, "reviewed").Exit.Should().Be(ExitCodes.Clean);
        File.ReadAllText(Path.Combine(f.Paths.RulesDirectory, "acknowledged", "ch01.yaml")).Should().Contain("finding: sum.parts");
    }
}
