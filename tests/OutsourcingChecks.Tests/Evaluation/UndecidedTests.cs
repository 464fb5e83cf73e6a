using System.Text.Json;
using System.Xml.Linq;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Evaluation;

/// <summary>
/// A check the figures leave undefined (a whole written 0 may be zero) is an undecided finding with
/// its reason; the report's other checks are decided and reported as usual, and the exit code says
/// that not everything could be checked (3, or 1 when there are discrepancies too).
/// </summary>
[TestFixture]
public class UndecidedTests
{
    private static TestReport Report() =>
        new TestReport().Fact("a", "100.0").Fact("b", "50.0").Fact("zero", "0").Fact("d", "20.0", "%")
            .Rule("id: s\nkind: share\npart: a\nwhole: zero\nshare: d")
            .Rule("id: t\nkind: sum\nparts: [b, b]\ntotal: a");

    [Test]
    public void A_share_of_a_whole_written_0_is_undecided_with_the_reason_and_the_rest_is_checked()
    {
        var (run, diagnostics) = Report().Check();
        diagnostics.Should().BeEmpty("an undecidable check is not an input error");
        var s = run!.Findings.Single(f => f.Id == "s");
        s.Status.Should().Be(FindingStatus.Undecided);
        s.Message.Should().Be("d = a / zero cannot be decided: the denominator zero can be zero");
        s.Figures.Select(x => x.Id).Should().Equal("d", "a", "zero");
        run.Findings.Single(f => f.Id == "t").Status.Should().Be(FindingStatus.Consistent);
        run.Undecided.Should().Be(1);
    }

    [TestCase("a >= prev(a, g)", "the denominator 1 + g can be zero", TestName = "a growth of -100 % leaves prev undefined")]
    [TestCase("g <= root(g, 2)", "root of a negative number", TestName = "a root of a negative number is undecided")]
    [TestCase("g <= pow(g, 2)", "pow needs a non-negative base", TestName = "a power of what may be negative is undecided")]
    public void Other_undefined_arithmetic_is_undecided(string expr, string reason)
    {
        var (run, diagnostics) = new TestReport().Fact("a", "100.0").Fact("g", "100.0", "%", qualifiers: "decline")
            .Rule($"id: e\nkind: expression\nexpr: \"{expr}\"").Check();
        diagnostics.Should().BeEmpty();
        var e = run!.Findings.Single();
        e.Status.Should().Be(FindingStatus.Undecided);
        e.Message.Should().Contain(reason);
    }

    [Test]
    public void The_exit_code_is_3_when_a_check_is_undecided_and_none_fails()
    {
        var p = Report().Write();
        var (exit, stdout, _) = InProcessCli.Run("check", "--facts", p.FactsDirectory, "--rules", p.RulesDirectory, "--format", "text");
        exit.Should().Be(ExitCodes.Undecided);
        stdout.Should().Contain("UNDECIDED (1").And.Contain("s  share").And.Contain("1 undecided")
            .And.Contain("cannot be decided: the denominator zero can be zero");
    }

    [Test]
    public void Discrepancies_take_precedence_over_undecided_checks_in_the_exit_code()
    {
        var p = Report().Rule("id: w\nkind: sum\nparts: [b, b, b]\ntotal: a").Write();
        InProcessCli.Run("check", "--facts", p.FactsDirectory, "--rules", p.RulesDirectory).Exit.Should().Be(ExitCodes.Discrepancies);
    }

    [Test]
    public void Every_format_shows_the_undecided_check_as_such()
    {
        var p = Report().Write();
        string Run(string format) => InProcessCli.Run("check", "--facts", p.FactsDirectory, "--rules", p.RulesDirectory, "--format", format).Stdout;

        using (var json = JsonDocument.Parse(Run("json")))
        {
            json.RootElement.GetProperty("reports")[0].GetProperty("byStatus").GetProperty("undecided").GetInt32().Should().Be(1);
            json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "s")
                .GetProperty("status").GetString().Should().Be("undecided");
        }
        var junit = XDocument.Parse(Run("junit"));
        junit.Root!.Attribute("failures")!.Value.Should().Be("0");
        junit.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "s").Element("skipped")!.Attribute("message")!.Value
            .Should().StartWith("undecided: ");
        junit.Descendants("testcase").Single(c => c.Attribute("name")!.Value == "s").Element("system-out")!.Value.Should().Contain("cannot be decided");
        using (var sarif = JsonDocument.Parse(Run("sarif")))
        {
            var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single();
            result.GetProperty("kind").GetString().Should().Be("open");
            result.GetProperty("level").GetString().Should().Be("none");
        }
        Run("markdown").Should().Contain("### Undecided (1)");
        Run("html").Should().Contain("d = a / zero cannot be decided");
    }

    [Test]
    public void A_report_without_undecided_checks_has_no_undecided_count_in_its_json()
    {
        var p = new TestReport().Fact("a", "1.0").Fact("b", "1.0").Rule("id: e\nkind: expression\nexpr: \"a = b\"").Write();
        using var json = JsonDocument.Parse(InProcessCli.Run("check", "--facts", p.FactsDirectory, "--rules", p.RulesDirectory, "--format", "json").Stdout);
        json.RootElement.GetProperty("reports")[0].GetProperty("byStatus").TryGetProperty("undecided", out _).Should().BeFalse("a report without them reads as before");
    }

    [Test]
    public void An_undecided_check_cannot_be_acknowledged()
    {
        var p = Report().Write();
        var (exit, _, stderr) = InProcessCli.Run("ack", "s", "--reason", "why", "--facts", p.FactsDirectory, "--rules", p.RulesDirectory);
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("could not be decided");
        Directory.GetFiles(p.RulesDirectory).Should().Equal(Path.Combine(p.RulesDirectory, "rules.yaml"));
    }

    [Test]
    public void Undecided_checks_are_a_group_of_their_own_that_does_not_fail_the_gate()
    {
        var (run, _) = Report().Check();
        var digest = RunDigest.Of(run!);
        digest.Group("undecided").Select(f => f.Id).Should().Equal("s");
        digest.New.Should().BeEmpty();
        digest.Passes.Should().BeTrue("the exit code, not the gate, says that not everything was checked");
    }
}
