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

    private const string Tourism = "示例县旅游统计\n接待游客 1268.35 万人次，客房 4820 间。\n";

    private static string TourismFolder(string? units)
    {
        var dir = Repository.Scratch();
        File.WriteAllText(Path.Combine(dir, "source.txt"), Tourism);
        if (units is not null) File.WriteAllText(Path.Combine(dir, "units.yaml"), units);
        return dir;
    }

    private const string Declared = "units:\n  - symbol: 人次\n    dimension: person-times\n  - symbol: 间\n    dimension: rooms\n";

    [Test]
    public void Stubs_figures_in_the_units_declared_beside_the_text()
    {
        var dir = TourismFolder(Declared);
        var (code, yaml, err) = Run(Path.Combine(dir, "source.txt"), null, null, null);
        code.Should().Be(ExitCodes.Clean, err);
        yaml.Should().Contain("value: \"1268.35\"\n    unit: \"万人次\"").And.Contain("value: \"4820\"\n    unit: \"间\"");
        err.Should().Contain("2 stubs");
    }

    [Test]
    public void A_facts_folder_with_no_facts_yet_still_declares_its_units()
    {
        var dir = TourismFolder(Declared);
        var (code, yaml, err) = Run(null, null, dir, null);
        code.Should().Be(ExitCodes.Clean, err);
        yaml.Should().Contain("unit: \"万人次\"").And.Contain("unit: \"间\"");
    }

    [Test]
    public void Without_the_declarations_the_figure_in_间_is_not_stubbed()
    {
        var (code, yaml, _) = Run(Path.Combine(TourismFolder(null), "source.txt"), null, null, null);
        code.Should().Be(ExitCodes.Clean);
        yaml.Should().NotContain("4820");
    }

    [Test]
    public void A_bad_units_file_exits_2_with_its_location()
    {
        var dir = TourismFolder("units:\n  - symbol: 人次\n    dimension: Person Times\n");
        var (code, _, err) = Run(Path.Combine(dir, "source.txt"), null, null, null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("units.yaml:3:16").And.Contain("OC027");
    }

    [Test]
    public void Bad_facts_and_a_bad_vocabulary_are_reported_together()
    {
        var dir = Repository.Scratch();
        foreach (var file in Directory.EnumerateFiles(Repository.File("facts", "example"))) File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(dir, "broken.yaml"), "facts:\n  - id: broken\n    value: \"12,5\"\n    unit: \"%\"\n    line: 5\n    quote: \"12,5\"\n");
        File.AppendAllText(Path.Combine(dir, "vocabulary.yaml"), "  partitions:\n    - { key: scope, parts: [offshore] }\n");
        var (code, _, err) = Run(null, null, dir, null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("broken.yaml:").And.Contain("vocabulary.yaml:7:").And.Contain("OC027", "all errors at once, not the vocabulary's on the next run");
    }

    [Test]
    public void A_bad_units_file_and_a_bad_vocabulary_beside_the_text_are_reported_together()
    {
        var dir = TourismFolder("units:\n  - symbol: 人次\n    dimension: Person Times\n");
        File.WriteAllText(Path.Combine(dir, "vocabulary.yaml"), "vocabulary:\n  partitions:\n    - { key: scope, parts: [offshore] }\n");
        var (code, _, err) = Run(Path.Combine(dir, "source.txt"), null, null, null);
        code.Should().Be(ExitCodes.InvalidInput);
        err.Should().Contain("units.yaml:3:16").And.Contain("vocabulary.yaml:3:28: error OC027", "all errors at once, not the vocabulary's on the next run");
    }
}
