using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>Mistakes on the command line get an answer that says what is wrong, with a code, and what to give instead.</summary>
[TestFixture, NonParallelizable]
public class CommandLineErrorsTests
{
    private static TestReport Sum() =>
        new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", "3.3").Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t");

    [Test]
    public void A_rules_folder_without_rules_is_an_input_error_not_a_pass()
    {
        var paths = Sum().Write();
        var empty = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(paths.RulesDirectory)!, "empty")).FullName;
        foreach (var format in new[] { "text", "json", "sarif" })
        {
            var (exit, stdout, stderr) = InProcessCli.Run("check", "--facts", paths.FactsDirectory, "--rules", empty, "--format", format);
            exit.Should().Be(ExitCodes.InvalidInput, format);
            stderr.Should().Contain("error OC108").And.Contain("holds no rules").And.Contain("--rules DIR");
            if (format != "text") stdout.Should().Contain("OC108", "the machine-read formats carry the error too");
        }
    }

    [Test]
    public void With_rules_the_same_report_is_checked()
    {
        var paths = Sum().Write();
        InProcessCli.Run("check", "--facts", paths.FactsDirectory, "--rules", paths.RulesDirectory).Exit.Should().Be(ExitCodes.Clean);
    }

    [Test]
    public void A_mistyped_facts_folder_is_no_such_folder_with_the_nearest_name()
    {
        var paths = Sum().Write();
        var wrong = paths.FactsDirectory + "x";
        var (exit, _, stderr) = InProcessCli.Run("check", "--facts", wrong);
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("error OC100").And.Contain("no such folder").And.Contain($"did you mean {paths.FactsDirectory}?")
            .And.NotContain("source.txt does not exist");
    }

    [Test]
    public void A_file_given_as_the_facts_folder_is_explained()
    {
        var paths = Sum().Write();
        var (exit, _, stderr) = InProcessCli.Run("check", "--facts", Path.Combine(paths.FactsDirectory, "facts.yaml"));
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("error OC101").And.Contain("is a file").And.Contain($"perhaps --facts {paths.FactsDirectory}");
    }

    [Test]
    public void A_folder_of_reports_given_as_the_facts_folder_names_them()
    {
        var root = Repository.Scratch();
        foreach (var name in new[] { "one", "two" })
        {
            Directory.CreateDirectory(Path.Combine(root, "facts", name));
            File.WriteAllText(Path.Combine(root, "facts", name, "source.txt"), "text\n");
        }
        var (exit, _, stderr) = InProcessCli.Run("check", "--facts", Path.Combine(root, "facts"));
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("error OC102").And.Contain("the reports one, two").And.Contain("--facts " + Path.Combine(root, "facts", "one"));
    }

    [Test]
    public void Facts_without_rules_and_no_rules_folder_beside_them_hint_at_the_rules_option()
    {
        var paths = Sum().Write();
        Directory.Delete(paths.RulesDirectory, recursive: true);
        var (exit, _, stderr) = InProcessCli.Run("check", "--facts", paths.FactsDirectory);
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("error OC103").And.Contain("give the rules with --rules DIR");
    }

    [Test]
    public void A_missing_report_text_has_a_code_and_no_position()
    {
        var paths = Sum().Write();
        var (exit, _, stderr) = InProcessCli.Run("check", "--facts", paths.FactsDirectory, "--source", "nothere.txt");
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("nothere.txt: error OC104: --source nothere.txt: no such file").And.NotContain(":0:0");
    }

    [TestCase(new[] { "chek" }, "'chek' was not matched", "check")]
    [TestCase(new[] { "check", "--fromat", "json" }, "'--fromat' was not matched", "--format")]
    public void A_mistyped_command_or_option_gets_a_suggestion(string[] args, string complaint, string suggestion)
    {
        var (exit, _, stderr) = InProcessCli.Run(args);
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("error OC110").And.Contain(complaint).And.Contain("Did you mean").And.Contain("\n" + suggestion + "\n");
    }

    [TestCase("check", "--baseline", "old.txt")]
    [TestCase("check", "--output", "/")]
    [TestCase("ack", "no.such.finding", "--reason", " ")]
    [TestCase("ack", "no.such.finding", "--reason", "a reason")]
    [TestCase("stub")]
    [TestCase("diff", "--baseline", "nothere.txt", "--source", "nothere-either.txt")]
    [TestCase("draft", "--source", "nothere.txt")]
    [TestCase("coverage", "--facts", "nothere")]
    public void Every_error_line_has_a_code(params string[] args)
    {
        var paths = Sum().Write();
        var withReport = args[0] is "ack" or "check" or "draft" ? args.Concat(new[] { "--facts", paths.FactsDirectory, "--rules", paths.RulesDirectory }).ToArray() : args;
        var (exit, _, stderr) = InProcessCli.Run(withReport);
        exit.Should().Be(ExitCodes.InvalidInput, stderr);
        var errors = stderr.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal) && !l.Contains("input error", StringComparison.Ordinal)).ToList();
        errors.Should().NotBeEmpty().And.OnlyContain(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"(^|: )error OC\d{3}: "), stderr);
    }

    [Test]
    public void Help_shows_examples_and_exit_codes()
    {
        var (exit, stdout, _) = InProcessCli.Run("check", "--help");
        exit.Should().Be(0);
        stdout.Should().Contain("Examples:").And.Contain("outsourcing-checks check --facts facts/example")
            .And.Contain("Exit codes: 0 no new discrepancy").And.Contain("2 invalid input");
    }

    [Test]
    public void Help_is_given_though_the_command_line_lacks_what_the_command_requires()
    {
        var (exit, stdout, stderr) = InProcessCli.Run("ack", "--help");
        exit.Should().Be(0, stderr);
        stdout.Should().Contain("--reason").And.Contain("Exit codes: 0 written");
        stderr.Should().NotContain("OC110");
    }

    [Test]
    public void The_default_run_leaves_the_examples_out_and_an_example_alone_is_no_report_to_check()
    {
        var root = Repository.Scratch();
        foreach (var name in new[] { "real", "example" })
            foreach (var kind in new[] { "facts", "rules" })
                CopyFolder(Repository.File(kind, "example"), Path.Combine(root, kind, name));
        File.Delete(Path.Combine(root, "facts", "real", RepositoryLayout.ExampleMarker));
        var old = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = root;
            var (exit, stdout, _) = InProcessCli.Run("check", "--format", "json");
            exit.Should().Be(ExitCodes.Clean);
            stdout.Should().Contain("facts/real/").And.NotContain("facts/example/");
            File.WriteAllText(Path.Combine(root, "facts", "real", RepositoryLayout.ExampleMarker), "an example too\n");
            var (none, _, stderr) = InProcessCli.Run("check");
            none.Should().Be(ExitCodes.InvalidInput);
            stderr.Should().Contain("error OC107").And.Contain("checked only when named: --facts");
        }
        finally
        {
            Environment.CurrentDirectory = old;
        }
    }

    [TestCase("check", "--facts", TestName = "check --facts \"\" is a command-line error, not a crash")]
    [TestCase("check", "--rules", TestName = "check --rules \"\" is a command-line error, not a crash")]
    [TestCase("check", "--source", TestName = "check --source \"\" is a command-line error, not a crash")]
    [TestCase("propose", "--facts", TestName = "propose --facts \"\" is a command-line error, not a crash")]
    [TestCase("propose", "--output", TestName = "propose --output \"\" is a command-line error, not a crash")]
    [TestCase("stub", "--source", TestName = "stub --source \"\" is a command-line error, not a crash")]
    [TestCase("stub", "--output", TestName = "stub --output \"\" is a command-line error, not a crash")]
    [TestCase("audit", "--facts", TestName = "audit --facts \"\" is a command-line error, not a crash")]
    [TestCase("coverage", "--source", TestName = "coverage --source \"\" is a command-line error, not a crash")]
    [TestCase("ack", "--source", TestName = "ack --source \"\" is a command-line error, not a crash")]
    public void An_empty_path_is_a_command_line_error(string command, string option)
    {
        // An unset shell variable ("--facts $DIR") gives an empty argument: it names nothing.
        var paths = Sum().Write();
        var given = new Dictionary<string, string>
        {
            ["--facts"] = paths.FactsDirectory,
            ["--rules"] = paths.RulesDirectory,
            ["--source"] = Path.Combine(paths.FactsDirectory, "source.txt"),
        };
        if (command == "stub") given.Remove("--rules");
        given[option] = "";
        string[] args = [command, .. command == "ack" ? new[] { "s", "--reason", "r" } : [], .. given.SelectMany(g => new[] { g.Key, g.Value })];
        var before = Directory.EnumerateFiles(Path.GetDirectoryName(paths.FactsDirectory)!, "*", SearchOption.AllDirectories).Count();
        var (exit, _, stderr) = InProcessCli.Run(args);
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain($"error OC110: {option} needs a path, not an empty string").And.NotContain("internal error").And.NotContain("   at ");
        Directory.EnumerateFiles(Path.GetDirectoryName(paths.FactsDirectory)!, "*", SearchOption.AllDirectories).Count().Should().Be(before, "nothing is written");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
