using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>The stub command writes a new file or nothing: it never overwrites, and bad input exits 2 with a message.</summary>
[TestFixture]
public class StubCommandTests
{
    private static readonly string Source = Repository.File("facts", "csod-2021", "source.txt");

    private static (int Code, string Out, string Err) Run(string? source, string? lines, string? facts, string? output)
    {
        var (o, e) = (new StringWriter(), new StringWriter());
        var code = StubCommand.Run(source, lines, facts, output, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Test]
    public void Writes_the_stubs_to_a_new_file()
    {
        var output = Path.Combine(Repository.Scratch(), "stubs.yaml");
        var (code, stdout, _) = Run(Source, "30-40", null, output);
        code.Should().Be(ExitCodes.Clean);
        File.ReadAllText(output).Should().StartWith("# Stubs").And.Contain("facts:\n  - id: ");
        stdout.Should().Contain(output);
    }

    [Test]
    public void Never_overwrites_an_existing_file()
    {
        var output = Path.Combine(Repository.Scratch(), "ch01.yaml");
        File.WriteAllText(output, "my work");
        var (code, _, err) = Run(Source, "30-40", null, output);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("never overwrites");
        File.ReadAllText(output).Should().Be("my work");
    }

    [TestCase("40-30")]
    [TestCase("0-10")]
    [TestCase("1-999999")]
    [TestCase("thirty")]
    public void A_bad_line_range_exits_2(string lines)
    {
        var (code, _, err) = Run(Source, lines, null, null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("--lines");
    }

    [Test]
    public void A_missing_text_exits_2_naming_it()
    {
        var (code, _, err) = Run("/nonexistent/source.txt", null, null, null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("source.txt").And.Contain("OC029");
    }

    [Test]
    public void Invalid_facts_exit_2_with_their_location()
    {
        var (dir, _) = RawReport.Load(facts: "facts:\n  - id: a\n    value: 1\n    unit: furlongs\n    line: 2\n    quote: A 100.0\n");
        var (code, _, err) = Run(null, null, Path.Combine(dir, "facts"), null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("facts.yaml:4:11").And.Contain("OC014");
    }
}
