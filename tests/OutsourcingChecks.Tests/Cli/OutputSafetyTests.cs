using System.Diagnostics;
using System.Xml.Linq;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>
/// What `--output` (and `stub --output`) never write over, and that every file problem is exit code 2
/// with a message, never a stack trace: the command line's real entry point, in process.
/// </summary>
[TestFixture]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the tests that need Unix say so (Assume) and are skipped elsewhere
public class OutputSafetyTests
{
    private static void OnUnix() => Assume.That(!OperatingSystem.IsWindows(), "symbolic links, modes and pipes as on Unix");

    private static (int Exit, string Stdout, string Stderr) Check(ReviewFixture f, string output, string format = "html") =>
        InProcessCli.Run("check", "--facts", f.Paths.FactsDirectory, "--rules", f.Paths.RulesDirectory, "--source", f.Paths.SourceFile,
            "--format", format, "--output", output);

    private static void Refused((int Exit, string Stdout, string Stderr) run, string why)
    {
        run.Exit.Should().Be(ExitCodes.InvalidInput, run.Stderr);
        run.Stderr.Should().Contain(why).And.NotContain("   at ", "no stack trace");
    }

    [Test]
    public void A_symbolic_link_is_refused_and_neither_it_nor_its_target_changes()
    {
        OnUnix();
        var f = new ReviewFixture();
        var target = Path.Combine(f.Root, "target.html");
        File.WriteAllText(target, "kept");
        var link = Path.Combine(f.Root, "report.html");
        File.CreateSymbolicLink(link, target);
        var before = ProcessCli.Hashes(f.Root);
        Refused(Check(f, link), "is a symbolic link");
        ProcessCli.Hashes(f.Root).Should().Equal(before);
    }

    [Test]
    public void A_path_through_a_link_into_the_rules_folder_is_refused()
    {
        OnUnix();
        var f = new ReviewFixture();
        var link = Path.Combine(f.Root, "link");
        Directory.CreateSymbolicLink(link, f.Paths.RulesDirectory);
        var before = ProcessCli.Hashes(f.Root);
        Refused(Check(f, Path.Combine(link, "acknowledged.yaml")), "is in the input folder");
        Refused(Check(f, Path.Combine(link, "report.html")), "is in the input folder");
        ProcessCli.Hashes(f.Root).Should().Equal(before, "the acknowledgements stay as they were");
    }

    [Test]
    public void A_report_inside_the_facts_folder_is_refused()
    {
        var f = new ReviewFixture();
        var before = ProcessCli.Hashes(f.Root);
        Refused(Check(f, Path.Combine(f.Paths.FactsDirectory, "report.html")), "is in the input folder");
        ProcessCli.Hashes(f.Root).Should().Equal(before);
    }

    [Test]
    public void A_read_only_file_is_refused_and_stays_read_only()
    {
        OnUnix();
        var f = new ReviewFixture();
        var path = Path.Combine(f.Root, "report.html");
        File.WriteAllText(path, "kept");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = ProcessCli.Hashes(f.Root);
        Refused(Check(f, path), "is read-only");
        ProcessCli.Hashes(f.Root).Should().Equal(before);
    }

    [Test]
    public void A_replaced_report_keeps_the_permissions_the_old_one_had()
    {
        OnUnix();
        var f = new ReviewFixture();
        var path = Path.Combine(f.Root, "report.html");
        File.WriteAllText(path, "old");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);
        Check(f, path).Exit.Should().Be(ExitCodes.Discrepancies);
        File.ReadAllText(path).Should().StartWith("<!DOCTYPE html>");
        File.GetUnixFileMode(path).Should().Be(mode);
    }

    [Test]
    public void A_named_pipe_is_refused_and_not_replaced_by_a_file()
    {
        OnUnix();
        var f = new ReviewFixture();
        var pipe = Path.Combine(f.Root, "report.html");
        using (var mkfifo = Process.Start("mkfifo", [pipe])) mkfifo.WaitForExit();
        var before = ProcessCli.Hashes(f.Root);
        Refused(Check(f, pipe), "is not a regular file");
        ProcessCli.Hashes(f.Root).Should().Equal(before);
    }

    [Test]
    public void A_file_the_system_cannot_create_is_exit_2_with_the_reason_not_a_stack_trace()
    {
        var f = new ReviewFixture();
        var path = Path.Combine(f.Root, new string('x', 300) + ".html"); // longer than a file name may be
        var before = ProcessCli.Hashes(f.Root);
        Refused(Check(f, path), "error OC113:");
        ProcessCli.Hashes(f.Root).Should().Equal(before);
    }

    [Test]
    public void Stub_into_a_file_the_system_cannot_create_is_exit_2_with_the_reason()
    {
        var f = new ReviewFixture();
        var path = Path.Combine(f.Root, new string('x', 300) + ".yaml");
        var run = InProcessCli.Run("stub", "--source", f.Paths.SourceFile, "--output", path);
        Refused(run, "error OC113: cannot write");
    }

    [TestCase("stub")]
    [TestCase("propose")]
    public void Stub_and_propose_never_write_through_a_dangling_link(string command)
    {
        OnUnix();
        var f = new ReviewFixture();
        var link = Path.Combine(f.Root, command + ".yaml");
        File.CreateSymbolicLink(link, Path.Combine(f.Root, "elsewhere.yaml"));
        string[] where = command == "stub" ? ["--source", f.Paths.SourceFile] : ["--facts", f.Paths.FactsDirectory, "--rules", f.Paths.RulesDirectory];
        Refused(InProcessCli.Run([command, .. where, "--output", link]), $"error OC110: {link} exists; {command} never overwrites a file");
        File.Exists(Path.Combine(f.Root, "elsewhere.yaml")).Should().BeFalse();
    }

    [Test]
    public void Junit_of_a_report_whose_folder_name_holds_a_control_character_is_valid_xml()
    {
        OnUnix();
        var f = new ReviewFixture();
        var odd = Path.Combine(f.Root, "facts", "de\u0001mo");
        Directory.Move(f.Paths.FactsDirectory, odd);
        Directory.Move(f.Paths.RulesDirectory, Path.Combine(f.Root, "rules", "de\u0001mo"));
        var path = Path.Combine(f.Root, "report.xml");
        var run = InProcessCli.Run("check", "--facts", odd, "--format", "junit", "--output", path);
        run.Exit.Should().Be(ExitCodes.Discrepancies, run.Stderr);
        XDocument.Load(path).Root!.Element("testsuite")!.Attribute("name")!.Value.Should().Be("de\uFFFDmo");
    }
}
