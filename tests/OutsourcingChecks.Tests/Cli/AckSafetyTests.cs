using System.Diagnostics;
using System.Text;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>
/// `ack` never loses an entry, never writes a file the tool then refuses, and never replaces what it
/// should keep: runs at the same time on one file, runs killed at any moment, reasons the loader
/// would refuse, a linked or read-only acknowledgements file.
/// </summary>
[TestFixture]
[NonParallelizable]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the tests that need Unix say so (Assume) and are skipped elsewhere
public class AckSafetyTests
{
    private const int Findings = 4;

    /// <summary>A report with <see cref="Findings"/> failing sums (sum.0 …), and an acknowledgements file holding <paramref name="padding"/> old entries.</summary>
    private static ReportPaths Report(int padding = 0)
    {
        var root = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        var facts = Path.Combine(root, "facts", "demo");
        var rules = Path.Combine(root, "rules", "demo");
        Directory.CreateDirectory(facts);
        Directory.CreateDirectory(rules);
        var source = new StringBuilder("Test report\n");
        var yaml = new StringBuilder("facts:\n");
        var rulesYaml = new StringBuilder("rules:\n");
        var line = 2;
        for (var i = 0; i < Findings; i++)
        {
            foreach (var (id, value) in new[] { ($"a{i}", "10.0"), ($"b{i}", "20.0"), ($"t{i}", "40.0") })
            {
                var quote = $"{id.ToUpperInvariant()} {value} 亿美元";
                source.Append(quote).Append('\n');
                yaml.Append($"  - id: {id}\n    value: {value}\n    unit: 亿美元\n    line: {line++}\n    quote: {quote}\n");
            }
            rulesYaml.Append($"  - id: sum.{i}\n    kind: sum\n    parts: [a{i}, b{i}]\n    total: t{i}\n");
        }
        File.WriteAllText(Path.Combine(facts, "source.txt"), source.ToString());
        File.WriteAllText(Path.Combine(facts, "facts.yaml"), yaml.ToString());
        File.WriteAllText(Path.Combine(rules, "rules.yaml"), rulesYaml.ToString());
        var acks = new StringBuilder("# reviewed\nacknowledged:\n");
        for (var i = 0; i < padding; i++)
            acks.Append($"  - finding: old.{i}\n    figures: {{ a0: \"10.0\" }}\n    reason: >-\n      An old review, kept as written, {new string('x', 100)}\n");
        if (padding > 0) File.WriteAllText(Path.Combine(rules, "acknowledged.yaml"), acks.ToString());
        return new ReportPaths(facts, rules, Path.Combine(facts, "source.txt"));
    }

    private static string AcksFile(ReportPaths p) => Path.Combine(p.RulesDirectory, "acknowledged.yaml");

    private static string[] AckArgs(ReportPaths p, int finding, string reason) =>
        ["ack", $"sum.{finding}", "--reason", reason, "--facts", p.FactsDirectory, "--rules", p.RulesDirectory];

    /// <summary>The report loaded as the tool loads it (every file must load) and checked.</summary>
    private static CheckRun Load(ReportPaths p)
    {
        var (report, diagnostics) = ReportLoader.Load(p);
        report.Should().NotBeNull(string.Join("\n", diagnostics));
        return Engine.Run(report!);
    }

    private static IEnumerable<string> Temporaries(ReportPaths p) =>
        Directory.GetFiles(p.RulesDirectory).Where(f => f.EndsWith(".tmp", StringComparison.Ordinal) || f.EndsWith(".lock", StringComparison.Ordinal));

    private static void OnUnix() => Assume.That(!OperatingSystem.IsWindows(), "processes killed and files linked as on Unix");

    // Class 6: runs at the same time.

    [Test]
    public void Acks_of_different_findings_run_at_the_same_time_on_one_file_keep_every_entry()
    {
        for (var round = 0; round < 3; round++)
        {
            var p = Report(padding: round);
            var runs = Enumerable.Range(0, Findings).Select(i => ProcessCli.Start(p.RulesDirectory, AckArgs(p, i, $"Round {round}, finding {i}."))).ToList();
            foreach (var (run, i) in runs.Select((r, i) => (r, i)))
            {
                run.StandardInput.Close();
                var stdout = run.StandardOutput.ReadToEnd();
                var stderr = run.StandardError.ReadToEnd();
                run.WaitForExit(ProcessCli.HangLimit).Should().BeTrue();
                run.ExitCode.Should().Be(ExitCodes.Clean, stderr);
                stdout.Should().Contain($"added the acknowledgement of sum.{i}");
            }
            var findings = Load(p).Findings.ToDictionary(f => f.Id);
            for (var i = 0; i < Findings; i++)
            {
                findings[$"sum.{i}"].Status.Should().Be(FindingStatus.Acknowledged, $"round {round}: every run's entry is kept");
                findings[$"sum.{i}"].AcknowledgementReason.Should().Be($"Round {round}, finding {i}.");
            }
            Temporaries(p).Should().BeEmpty();
        }
    }

    // Class 8: runs killed at any moment.

    [Test]
    public void An_ack_killed_at_any_moment_leaves_the_old_file_or_the_new_one_and_the_next_run_removes_its_leftovers()
    {
        OnUnix();
        var p = Report(padding: 5_000); // about 1 MB: the write takes a while, so kills land in it too
        // One run to its end, to spread the kills over a run's whole length (a kill that lands before
        // the write and one that lands after the rename are both cases, and so is one in between).
        var clock = Stopwatch.StartNew();
        ProcessCli.Run(p.RulesDirectory, AckArgs(p, 0, "Calibration.")).Exit.Should().Be(ExitCodes.Clean);
        var length = clock.ElapsedMilliseconds;
        var random = new Random(16);
        var reasons = new string?[Findings]; // each finding's acknowledged reason so far (null: none)
        reasons[0] = "Calibration.";
        var outcomes = new List<string>();
        for (var k = 0; k < 8; k++)
        {
            var i = k % Findings;
            using var run = ProcessCli.Start(p.RulesDirectory, AckArgs(p, i, $"Killed run {k}."));
            run.StandardInput.Close();
            Thread.Sleep((int)(length * (0.3 + 0.9 * random.NextDouble())));
            run.Kill(entireProcessTree: true);
            run.WaitForExit();
            var sum = Load(p).Findings.Single(f => f.Id == $"sum.{i}"); // the file loads: old or new, never half
            var reason = sum.Status == FindingStatus.Acknowledged ? sum.AcknowledgementReason : null;
            reason.Should().BeOneOf([reasons[i], $"Killed run {k}."], "the file is the old one or the new one, the entry whole");
            outcomes.Add(reason == reasons[i] ? "old" : "new");
            reasons[i] = reason;
            Temporaries(p).Count().Should().BeLessThanOrEqualTo(1, "a killed run leaves at most its own temporary file");
        }
        TestContext.Out.WriteLine($"killed runs left the {string.Join(", ", outcomes)} file");
        var last = ProcessCli.Run(p.RulesDirectory, AckArgs(p, 0, "The last run."));
        last.Exit.Should().Be(ExitCodes.Clean, last.Stderr);
        Temporaries(p).Should().BeEmpty("the next run removes what a killed one left");
        Load(p).Findings.Single(f => f.Id == "sum.0").AcknowledgementReason.Should().Be("The last run.");
    }

    // Class 7: reasons the loader would refuse.

    private static (int Exit, string Stdout, string Stderr) Ack(ReportPaths p, int finding, string reason, string? file = null) =>
        InProcessCli.Run([.. AckArgs(p, finding, reason), .. file is null ? Array.Empty<string>() : ["--file", file]]);

    [TestCase("A slip \u0001 here.", TestName = "a reason with a control character is refused before anything is written")]
    [TestCase("Red \u001B[31m text.", TestName = "a reason with an escape sequence is refused before anything is written")]
    public void A_reason_the_loader_would_refuse_is_refused(string reason)
    {
        var p = Report(padding: 1);
        var before = ProcessCli.Hashes(p.RulesDirectory);
        var (exit, _, stderr) = Ack(p, 0, reason);
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("control character").And.NotContain("\u001B");
        ProcessCli.Hashes(p.RulesDirectory).Should().Equal(before);
        Load(p).Diagnostics.Should().BeEmpty();
    }

    [TestCase("Two lines\u2028in one.", TestName = "a reason with U+2028 is written escaped and read back as given")]
    [TestCase("A paragraph\u2029and the next.", TestName = "a reason with U+2029 is written escaped and read back as given")]
    [TestCase("Tabs\tand\nline breaks stay.", TestName = "a reason with a tab and a line break is written and read back as given")]
    public void A_reason_with_line_separators_round_trips(string reason)
    {
        var p = Report(padding: 1);
        var (exit, _, stderr) = Ack(p, 0, reason);
        exit.Should().Be(ExitCodes.Clean, stderr);
        File.ReadAllText(AcksFile(p)).Should().NotContain("\u2028").And.NotContain("\u2029");
        Load(p).Findings.Single(f => f.Id == "sum.0").AcknowledgementReason.Should().Be(reason.Trim());
        InProcessCli.Run("check", "--facts", p.FactsDirectory, "--rules", p.RulesDirectory).Exit.Should().NotBe(ExitCodes.InvalidInput);
    }

    // Class 8: files that should be kept or refused.

    [Test]
    public void A_linked_acknowledgements_file_is_written_through_the_link_which_stays()
    {
        OnUnix();
        var p = Report(padding: 1);
        var shared = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(p.RulesDirectory))!, "shared-acks.yaml");
        File.Move(AcksFile(p), shared);
        File.CreateSymbolicLink(AcksFile(p), shared);
        var (exit, _, stderr) = Ack(p, 1, "Shared review.");
        exit.Should().Be(ExitCodes.Clean, stderr);
        new FileInfo(AcksFile(p)).LinkTarget.Should().Be(shared, "the link stays a link");
        File.ReadAllText(shared).Should().Contain("finding: sum.1").And.Contain("finding: old.0");
        Load(p).Findings.Single(f => f.Id == "sum.1").Status.Should().Be(FindingStatus.Acknowledged);
        Directory.GetFiles(Path.GetDirectoryName(shared)!).Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void An_acknowledgements_file_keeps_its_permissions()
    {
        OnUnix();
        var p = Report(padding: 1);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(AcksFile(p), mode);
        Ack(p, 2, "Reviewed.").Exit.Should().Be(ExitCodes.Clean);
        File.GetUnixFileMode(AcksFile(p)).Should().Be(mode);
    }

    [Test]
    public void A_read_only_acknowledgements_file_is_refused_with_exit_2_and_kept()
    {
        OnUnix();
        var p = Report(padding: 1);
        File.SetUnixFileMode(AcksFile(p), UnixFileMode.UserRead | UnixFileMode.GroupRead);
        var before = ProcessCli.Hashes(p.RulesDirectory);
        var (exit, _, stderr) = Ack(p, 2, "Reviewed.");
        exit.Should().Be(ExitCodes.InvalidInput);
        stderr.Should().Contain("is read-only").And.NotContain("   at ");
        ProcessCli.Hashes(p.RulesDirectory).Should().Equal(before);
    }
}
