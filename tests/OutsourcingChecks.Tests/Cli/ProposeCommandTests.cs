using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>The propose command writes a new rules file or nothing: it never overwrites, and bad input exits 2 with a message.</summary>
[TestFixture]
public class ProposeCommandTests
{
    /// <summary>A copy of the example report without its rules: the facts only.</summary>
    private static (string Facts, string Rules) Example()
    {
        var dir = Repository.Scratch();
        var (facts, rules) = (Path.Combine(dir, "facts", "example"), Path.Combine(dir, "rules", "example"));
        Directory.CreateDirectory(facts);
        Directory.CreateDirectory(rules);
        foreach (var file in Directory.EnumerateFiles(Repository.File("facts", "example"))) File.Copy(file, Path.Combine(facts, Path.GetFileName(file)));
        return (facts, rules);
    }

    private static (int Code, string Out, string Err) Run(string facts, string rules, string? output)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = ProposeCommand.Run(facts, rules, null, output, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Test]
    public void Writes_the_proposals_to_a_new_rules_file_that_the_check_then_reads()
    {
        var (facts, rules) = Example();
        var output = Path.Combine(rules, "proposed.yaml");
        var (code, stdout, err) = Run(facts, rules, output);
        code.Should().Be(ExitCodes.Clean, err);
        stdout.Should().Contain("11 rules proposed (9 consistent, 2 inconsistent, 0 undecided)").And.Contain(output);
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(facts, rules, Path.Combine(facts, "source.txt")));
        diagnostics.Should().BeEmpty();
        report!.Rules.Should().HaveCount(11);
    }

    [Test]
    public void Never_overwrites_an_existing_file()
    {
        var (facts, rules) = Example();
        var output = Path.Combine(rules, "proposed.yaml");
        File.WriteAllText(output, "my work");
        var (code, _, err) = Run(facts, rules, output);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("never overwrites");
        File.ReadAllText(output).Should().Be("my work");
    }

    [Test]
    public void Proposes_nothing_the_reports_rules_already_state()
    {
        var (facts, rules) = Example();
        foreach (var file in Directory.EnumerateFiles(Repository.File("rules", "example"))) File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
        var (code, stdout, err) = Run(facts, rules, null);
        code.Should().Be(ExitCodes.Clean, err);
        err.Should().Contain("2 rules proposed (2 consistent, 0 inconsistent, 0 undecided), 9 repeat rules of the report");
        stdout.Should().NotContain("sum.execution.all.2023.category").And.Contain("shares.execution.share.all.2023.scope");
    }

    [Test]
    public void Invalid_facts_exit_2_with_their_location()
    {
        var (facts, rules) = Example();
        File.AppendAllText(Path.Combine(facts, "facts.yaml"), "  - id: broken\n    value: \"12,5\"\n    unit: \"%\"\n    line: 5\n    quote: \"12,5\"\n");
        var (code, _, err) = Run(facts, rules, null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("facts.yaml:");
    }

    [Test]
    public void A_problem_of_the_vocabulary_file_that_the_loader_also_sees_is_listed_once()
    {
        var (facts, rules) = Example();
        File.AppendAllText(Path.Combine(facts, "vocabulary.yaml"), "colours: [red]\n");
        var (code, _, err) = Run(facts, rules, null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Split('\n').Where(l => l.Contains("vocabulary.yaml:6:1: error OC008", StringComparison.Ordinal)).Should().ContainSingle(err);
    }
}
