using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>`check --format F --output FILE`: every format, written atomically, never over an input.</summary>
[TestFixture]
public class CheckOutputTests
{
    private static (int Exit, ConsoleCapture Console) Check(ReviewFixture f, string format, string? output)
    {
        using var capture = new ConsoleCapture();
        var exit = CheckCommand.Run(f.Paths.FactsDirectory, f.Paths.RulesDirectory, f.Paths.SourceFile, format, false, output);
        return (exit, capture);
    }

    [TestCase("text", "NEW DISCREPANCIES (1)")]
    [TestCase("json", "\"findings\"")]
    [TestCase("markdown", "# ❌ Arithmetic checks: demo")]
    [TestCase("html", "<!DOCTYPE html>")]
    [TestCase("sarif", "\"version\": \"2.1.0\"")]
    [TestCase("junit", "<testsuites")]
    public void Each_format_is_written_to_the_output_file_and_the_exit_code_still_reports_discrepancies(string format, string marker)
    {
        var f = new ReviewFixture();
        var path = Path.Combine(f.Root, "report." + format);
        var (exit, console) = Check(f, format, path);
        exit.Should().Be(ExitCodes.Discrepancies);
        File.ReadAllText(path).Should().Contain(marker);
        console.Out.Should().BeEmpty();
        console.Error.Should().Contain("wrote " + path);
        Directory.GetFiles(f.Root).Where(p => p.EndsWith(".tmp", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Test]
    public void The_check_of_the_2021_report_gives_its_verdict_first_and_fits_100_columns()
    {
        using var capture = new ConsoleCapture();
        var facts = Repository.File("facts", "csod-2021");
        var exit = CheckCommand.Run(facts, Repository.File("rules", "csod-2021"), null, "text", false);
        exit.Should().Be(ExitCodes.Clean);
        var lines = capture.Out.Split('\n');
        lines[0].Should().Be("PASS  no new discrepancy in csod-2021");
        lines.Take(15).Should().Contain(l => l.StartsWith("ACKNOWLEDGED (85)", StringComparison.Ordinal), "the counts and the first group come within 15 lines");
        lines.Length.Should().BeLessThan(150, "acknowledged discrepancies take a line each");
        lines.Should().OnlyContain(l => l.Length <= 100, "a redirected report is wrapped to 100 columns (a Chinese character counts two, so fewer characters fit)");
    }

    [Test]
    public void Without_output_the_report_goes_to_standard_output()
    {
        var (exit, console) = Check(new ReviewFixture(), "markdown", null);
        exit.Should().Be(ExitCodes.Discrepancies);
        console.Out.Should().StartWith("# ❌ Arithmetic checks: demo");
    }

    [Test]
    public void An_existing_report_file_is_replaced()
    {
        var f = new ReviewFixture();
        var path = Path.Combine(f.Root, "report.html");
        File.WriteAllText(path, "old report");
        Check(f, "html", path);
        File.ReadAllText(path).Should().StartWith("<!DOCTYPE html>");
    }

    [TestCase("sarif", "\"executionSuccessful\": false")]
    [TestCase("json", "\"diagnostics\"")]
    public void Invalid_input_in_a_machine_read_format_is_written_as_a_document_of_the_problems(string format, string marker)
    {
        var f = new ReviewFixture(ReviewFixture.Facts.Replace("quote: C 50.0 亿美元", "quote: C 55.0 亿美元"));
        var path = Path.Combine(f.Root, "report." + format);
        var (exit, console) = Check(f, format, path);
        exit.Should().Be(ExitCodes.InvalidInput);
        File.ReadAllText(path).Should().Contain(marker).And.Contain("OC01");
        console.Error.Should().Contain("facts.yaml:");
    }

    [Test]
    public void Invalid_input_in_a_format_for_people_writes_no_file()
    {
        var f = new ReviewFixture(ReviewFixture.Facts.Replace("quote: C 50.0 亿美元", "quote: C 55.0 亿美元"));
        var path = Path.Combine(f.Root, "report.html");
        var (exit, console) = Check(f, "html", path);
        exit.Should().Be(ExitCodes.InvalidInput);
        File.Exists(path).Should().BeFalse();
        console.Error.Should().Contain("facts.yaml:").And.Contain("nothing was checked");
    }

    [Test]
    public void A_folder_is_refused()
    {
        var f = new ReviewFixture();
        var (exit, console) = Check(f, "html", f.Root);
        exit.Should().Be(ExitCodes.InvalidInput);
        console.Error.Should().Contain("is a folder");
    }

    [Test]
    public void A_missing_folder_is_refused()
    {
        var f = new ReviewFixture();
        Check(f, "html", Path.Combine(f.Root, "no", "report.html")).Exit.Should().Be(ExitCodes.InvalidInput);
    }

    [Test]
    public void The_report_text_and_the_yaml_inputs_are_never_overwritten()
    {
        var f = new ReviewFixture();
        Check(f, "html", f.Paths.SourceFile).Exit.Should().Be(ExitCodes.InvalidInput);
        Check(f, "sarif", f.AcknowledgedFile).Exit.Should().Be(ExitCodes.InvalidInput);
        File.ReadAllText(f.Paths.SourceFile).Should().Be(ReviewFixture.Source);
        File.ReadAllText(f.AcknowledgedFile).Should().Be(ReviewFixture.Acknowledged);
    }
}
