using System.Diagnostics;
using System.Text.Json.Nodes;
using FluentAssertions;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>
/// Microsoft's SARIF validator (Sarif.Multitool, from the npm package @microsoft/sarif-multitool, which
/// .ci/run installs) with its own rules and GitHub's (`--rule-kind "Sarif;Gh"`): no error and no
/// warning on the log of a run, nor on the log of invalid input. Where the validator is not installed
/// the tests say so and are not run.
/// </summary>
[TestFixture]
[Category("SarifMultitool")]
public class SarifMultitoolTests
{
    private string _tool = null!;

    [OneTimeSetUp]
    public void FindTheValidator()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("SARIF_MULTITOOL"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "outsourcing-checks", "sarif-multitool",
                "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool"),
        };
        var tool = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
        if (tool is null)
            Assert.Ignore("Sarif.Multitool is not installed (npm install @microsoft/sarif-multitool, or set SARIF_MULTITOOL): the SARIF logs were not validated by it");
        _tool = tool!;
    }

    [Test]
    public void The_log_of_a_run_with_discrepancies_acknowledgements_and_an_attribution_is_clean()
    {
        var fixture = new ReviewFixture();
        var run = fixture.Run();
        var log = SarifReport.Render([run, AttributedRun()]);
        Validate(log).Should().BeEmpty();
    }

    [Test]
    public void The_log_of_invalid_input_is_clean()
    {
        var (_, diagnostics) = RawReport.Load(facts: "facts:\n  - id: a\n    value: [1, 2\n");
        Validate(SarifReport.Diagnostics(diagnostics)).Should().BeEmpty();
    }

    [Test]
    public void The_validator_reports_a_rule_without_help()
    {
        var log = JsonNode.Parse(SarifReport.Render([new ReviewFixture().Run()]))!.AsObject();
        foreach (var rule in log["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray()) rule!.AsObject().Remove("help");
        Validate(log.ToJsonString()).Should().Contain(r => r.StartsWith("GH2012", StringComparison.Ordinal));
    }

    private static OutsourcingChecks.Evaluation.CheckRun AttributedRun() =>
        new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", "3.3").Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Attribute("attribution.t", 4, "3.3 亿美元", "The text calls it the national total; it is the city's.").Check().Run!;

    /// <summary>The validator's errors and warnings on the log, as "RULE: message".</summary>
    private IReadOnlyList<string> Validate(string sarif)
    {
        var dir = Repository.Scratch();
        var input = Path.Combine(dir, "log.sarif");
        var output = Path.Combine(dir, "validation.sarif");
        File.WriteAllText(input, sarif);
        var info = new ProcessStartInfo(_tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = dir };
        foreach (var a in new[] { "validate", "--rule-kind", "Sarif;Gh", "--level", "Error;Warning", "--output", output, input })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Sarif.Multitool did not finish within 120 seconds");
        }
        File.Exists(output).Should().BeTrue($"the validator writes its findings as SARIF (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        var results = JsonNode.Parse(File.ReadAllText(output))!["runs"]![0]!["results"]?.AsArray() ?? [];
        return results.Select(r => $"{r!["ruleId"]}: {r["message"]?["text"] ?? r["message"]?["id"]}").ToList();
    }
}
