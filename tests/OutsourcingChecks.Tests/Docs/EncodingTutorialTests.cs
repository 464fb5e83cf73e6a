using System.CommandLine;
using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Docs;

/// <summary>
/// docs/encoding-a-new-report.md cannot rot: its commands run in process, one after the other, in a
/// scratch copy of the repository's example (the setup block's mkdir and cp too), and each must exit
/// and print as its comment says; each YAML excerpt is a verbatim part of a file of that repository
/// as the commands before it left it; each text excerpt is part of the output of the commands before it.
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

    /// <summary>A scratch repository holding the example report, as the repository has it.</summary>
    private static string Example()
    {
        var root = Repository.Scratch();
        foreach (var d in new[] { "facts", "rules" })
        {
            var to = Path.Combine(root, d, "example");
            Directory.CreateDirectory(to);
            foreach (var file in Directory.EnumerateFiles(Repository.File(d, "example")))
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        return root;
    }

    /// <summary>A command line's words: split on spaces, a double-quoted argument kept whole.</summary>
    private static List<string> Words(string commandLine) =>
        ArgumentWord().Matches(commandLine).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Value).ToList();

    /// <summary>Runs one command line of the page in process, in the given folder (mkdir -p and cp as the shell would).</summary>
    private static (int Code, string Output) Run(string commandLine, string directory)
    {
        var args = Words(commandLine);
        switch (args[0])
        {
            case "mkdir":
                args[1].Should().Be("-p", commandLine);
                foreach (var folder in args.Skip(2)) Directory.CreateDirectory(Path.Combine(directory, folder));
                return (0, "");
            case "cp":
                args.Should().HaveCount(3, commandLine);
                File.Exists(Path.Combine(directory, args[1])).Should().BeTrue($"'{commandLine}': the file to copy exists");
                File.Copy(Path.Combine(directory, args[1]), Path.Combine(directory, args[2]));
                return (0, "");
        }
        args[0].Should().Be("outsourcing-checks", commandLine);
        var root = new RootCommand
        {
            CheckCommand.Create(), StubCommand.Create(), ProposeCommand.Create(), CoverageCommand.Create(), AckCommand.Create(), AuditCommand.Create(),
        };
        var (oldOut, oldErr, oldDir) = (Console.Out, Console.Error, Environment.CurrentDirectory);
        var output = new StringWriter();
        try
        {
            Console.SetOut(output);
            Console.SetError(output);
            Environment.CurrentDirectory = directory;
            var parse = root.Parse(args.Skip(1).ToArray());
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
        var directory = Example();
        string[] Files() => Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).Select(File.ReadAllText).ToArray();
        var lastOutput = "";
        var commands = new List<string>();
        foreach (var block in blocks)
        {
            var where = $"{Path.GetFileName(Page)}:{block.Line}";
            switch (block.Language, block.Run)
            {
                case ("sh", "setup"):
                    block.Lines.Should().OnlyContain(l => l.StartsWith("mkdir -p ", StringComparison.Ordinal) || l.StartsWith("cp ", StringComparison.Ordinal),
                        $"{where}: a setup block only makes folders and copies files");
                    foreach (var line in block.Lines) Run(line, directory);
                    break;
                case ("sh", _):
                    lastOutput = "";
                    foreach (var line in block.Lines.Where(l => l.Trim().Length > 0))
                    {
                        var expect = Expectation().Match(line);
                        expect.Success.Should().BeTrue($"{where}: '{line}' says '# exit N' and what it prints");
                        var command = line[..expect.Index].Trim();
                        var (code, output) = Run(command, directory);
                        code.Should().Be(int.Parse(expect.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), $"{where}: {line}\n{output}");
                        if (expect.Groups[2].Success) output.Should().Contain(expect.Groups[2].Value, $"{where}: {line}");
                        lastOutput += output;
                        commands.Add(Words(command)[1]);
                    }
                    break;
                case ("yaml", _):
                    var excerpt = string.Join("\n", block.Lines) + "\n";
                    Files().Should().Contain(f => f.Contains(excerpt, StringComparison.Ordinal),
                        $"{where}: the excerpt is part of a file of the example or of one the commands before it wrote");
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
        commands.Distinct().Should().Contain(["stub", "coverage", "propose", "check", "ack", "audit"], "the page walks the whole path");
    }

    [Test]
    public void The_first_step_names_files_that_exist() =>
        Blocks().First(b => b.Language == "sh").Lines.Where(l => l.StartsWith("cp ", StringComparison.Ordinal))
            .Should().NotBeEmpty().And.OnlyContain(l => File.Exists(Repository.File(Words(l)[1].Split('/'))));

    [GeneratedRegex(@"^<!-- run: ([a-z]+) -->$")]
    private static partial Regex RunMarker();

    [GeneratedRegex(@"#\s*exit (\d+)(?:, prints ""([^""]*)"")?\s*$")]
    private static partial Regex Expectation();

    [GeneratedRegex(@"""([^""]*)""|\S+")]
    private static partial Regex ArgumentWord();
}
