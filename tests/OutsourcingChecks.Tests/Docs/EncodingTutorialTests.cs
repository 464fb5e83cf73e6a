using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Docs;

/// <summary>
/// docs/encoding-a-new-report.md cannot rot: each of its commands runs in process on a scratch copy
/// of the example report and must exit and print as its comment says; each YAML excerpt is a
/// verbatim part of the example's files (or of the draft the page's stub command writes); each text
/// excerpt is part of the output of the commands before it.
/// </summary>
[TestFixture]
public partial class EncodingTutorialTests
{
    private static readonly string Page = Repository.File("docs", "encoding-a-new-report.md");

    private sealed record Block(string Language, string? Run, IReadOnlyList<string> Lines, int Line);

    private static List<Block> Blocks()
    {
        var lines = File.ReadAllLines(Page);
        var blocks = new List<Block>();
        string? run = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (RunMarker().Match(lines[i]) is { Success: true } m) { run = m.Groups[1].Value; continue; }
            if (!lines[i].StartsWith("```", StringComparison.Ordinal)) continue;
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i] != "```"; i++) body.Add(lines[i]);
            blocks.Add(new Block(lines[start][3..].Trim(), run, body, start + 1));
            run = null;
        }
        return blocks;
    }

    /// <summary>A scratch repository in one of the page's states.</summary>
    private static string State(string name)
    {
        var root = Repository.Scratch();
        var facts = Path.Combine(root, "facts", "example");
        var rules = Path.Combine(root, "rules", "example");
        Directory.CreateDirectory(facts);
        Directory.CreateDirectory(rules);
        foreach (var (from, to) in new[] { (Repository.File("facts", "example"), facts), (Repository.File("rules", "example"), rules) })
            foreach (var file in Directory.EnumerateFiles(from))
            {
                var keep = name switch
                {
                    "new" => Path.GetFileName(file) == "source.txt",
                    "unacknowledged" => Path.GetFileName(file) != "acknowledged.yaml",
                    "example" => true,
                    _ => throw new InvalidOperationException($"unknown state '{name}'"),
                };
                if (keep) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        return root;
    }

    /// <summary>Runs one command line of the page in process, in the given folder.</summary>
    private static (int Code, string Output) Run(string commandLine, string directory)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        args[0].Should().Be("outsourcing-checks", commandLine);
        args.Should().NotContain(a => a.Contains('"') || a.Contains('\''), "the test splits commands on spaces");
        var root = new RootCommand { CheckCommand.Create(), StubCommand.Create() };
        var (oldOut, oldErr, oldDir) = (Console.Out, Console.Error, Environment.CurrentDirectory);
        var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(output);
            Environment.CurrentDirectory = directory;
            var parse = root.Parse(args[1..]);
            parse.Errors.Should().BeEmpty(commandLine);
            return (parse.Invoke(), output.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            Environment.CurrentDirectory = oldDir;
        }
    }

    [Test]
    public void Every_command_exits_and_prints_as_the_page_says_and_every_excerpt_is_real()
    {
        var blocks = Blocks();
        blocks.Where(b => b.Language == "sh").Should().OnlyContain(b => b.Run != null, "every sh block says where it runs");
        var exampleFiles = new[] { "facts", "rules" }
            .SelectMany(d => Directory.EnumerateFiles(Repository.File(d, "example"), "*.yaml"))
            .Select(File.ReadAllText).ToList();
        var drafts = new List<string>();
        var lastOutput = "";
        var commands = 0;
        foreach (var block in blocks)
        {
            var where = $"{Path.GetFileName(Page)}:{block.Line}";
            switch (block.Language, block.Run)
            {
                case ("sh", "setup"):
                    block.Lines.Should().OnlyContain(l => l.StartsWith("mkdir ", StringComparison.Ordinal) || l.StartsWith("cp ", StringComparison.Ordinal),
                        $"{where}: a setup block only makes the folders and copies the text (the test's states do the same)");
                    break;
                case ("sh", { } state):
                    var directory = State(state);
                    lastOutput = "";
                    foreach (var line in block.Lines.Where(l => l.Trim().Length > 0))
                    {
                        var expect = Expectation().Match(line);
                        expect.Success.Should().BeTrue($"{where}: '{line}' says '# exit N' and what it prints");
                        var (code, output) = Run(line[..line.IndexOf('#', StringComparison.Ordinal)].Trim(), directory);
                        code.Should().Be(int.Parse(expect.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), $"{where}: {line}\n{output}");
                        if (expect.Groups[2].Success) output.Should().Contain(expect.Groups[2].Value, $"{where}: {line}");
                        lastOutput += output;
                        commands++;
                    }
                    var draft = Path.Combine(directory, "facts", "example", "draft.yaml");
                    if (File.Exists(draft)) drafts.Add(File.ReadAllText(draft));
                    break;
                case ("yaml", _):
                    var excerpt = string.Join("\n", block.Lines) + "\n";
                    exampleFiles.Concat(drafts).Should().Contain(f => f.Contains(excerpt, StringComparison.Ordinal),
                        $"{where}: the excerpt is part of the example's files or of the stub draft");
                    break;
                case ("text", _):
                    var printed = lastOutput.Split('\n').Select(l => l.TrimEnd()).ToHashSet();
                    foreach (var line in block.Lines)
                        printed.Should().Contain(line.TrimEnd(), $"{where}: the output of the commands before it");
                    break;
                default:
                    Assert.Fail($"{where}: a ```{block.Language} block the test does not know how to check");
                    break;
            }
        }
        commands.Should().BeGreaterThanOrEqualTo(4);
        drafts.Should().ContainSingle("the page stubs the example once");
    }

    [Test]
    public void The_draft_stubs_load_beside_the_text()
    {
        var directory = State("new");
        var (code, _) = Run("outsourcing-checks stub --source facts/example/source.txt --output facts/example/draft.yaml", directory);
        code.Should().Be(ExitCodes.Clean);
        var facts = Path.Combine(directory, "facts", "example");
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(facts, facts, Path.Combine(facts, "source.txt")));
        diagnostics.Should().BeEmpty();
        report!.Facts.Should().NotBeEmpty();
    }

    [GeneratedRegex(@"^<!-- run: ([a-z]+) -->$")]
    private static partial Regex RunMarker();

    [GeneratedRegex(@"#\s*exit (\d+)(?:, prints ""([^""]*)"")?\s*$")]
    private static partial Regex Expectation();
}
