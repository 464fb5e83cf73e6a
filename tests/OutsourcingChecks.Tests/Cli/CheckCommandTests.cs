using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>The check command's exit codes and output formats, run in process.</summary>
[TestFixture, NonParallelizable]
public class CheckCommandTests
{
    private static (int Code, string Out, string Err) Run(TestReport report, string format = "text")
    {
        var paths = report.Write();
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var o = new StringWriter();
        using var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try
        {
            var code = CheckCommand.Run(paths.FactsDirectory, paths.RulesDirectory, paths.SourceFile, format, all: false);
            return (code, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private static TestReport Sum(string total) =>
        new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", total).Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t");

    [Test]
    public void Exit_code_0_when_every_check_holds()
    {
        var (code, output, _) = Run(Sum("3.3"));
        code.Should().Be(ExitCodes.Clean);
        output.Should().StartWith("PASS").And.Contain("3 facts, 1 check: 0 new discrepancies, 1 consistent");
    }

    [Test]
    public void Exit_code_1_and_the_discrepancy_with_its_figures_when_a_check_fails()
    {
        var (code, output, _) = Run(Sum("3.5"));
        code.Should().Be(ExitCodes.Discrepancies);
        output.Should().StartWith("FAIL").And.Contain("NEW DISCREPANCIES (1)")
            .And.Contain("stated 3.5 亿美元; the other figures give [3.200, 3.400] 亿美元")
            .And.Contain("line 4");
    }

    [Test]
    public void Exit_code_0_when_the_discrepancy_is_acknowledged()
    {
        var (code, output, _) = Run(Sum("3.5").Acknowledge("s", "a: \"1.1\", b: \"2.2\", t: \"3.5\"", "the total is misprinted"));
        code.Should().Be(ExitCodes.Clean);
        output.Should().StartWith("PASS").And.Contain("ACKNOWLEDGED (1): reviewed, each with a reason; in full with --all").And.Contain("the total is misprinted");
    }

    [Test]
    public void Exit_code_2_and_every_input_error_on_stderr_when_the_input_is_invalid()
    {
        var (code, output, err) = Run(Sum("3.5").Rule("id: s2\nkind: sum\nparts: [a, missing]\ntotal: t"));
        code.Should().Be(ExitCodes.InvalidInput);
        output.Should().BeEmpty();
        err.Should().Contain("error OC021").And.Contain("'missing' names no fact");
    }

    [Test]
    public void Json_lists_every_finding_and_every_fact_with_its_source_line()
    {
        var (code, output, _) = Run(Sum("3.5"), "json");
        code.Should().Be(ExitCodes.Discrepancies);
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.GetProperty("summary").GetProperty("inconsistent").GetInt32().Should().Be(1);
        root.GetProperty("facts").GetArrayLength().Should().Be(3);
        root.GetProperty("facts")[2].GetProperty("value").GetString().Should().Be("3.5");
        root.GetProperty("facts")[2].GetProperty("sourceLine").GetInt32().Should().Be(4);
        var finding = root.GetProperty("findings")[0];
        finding.GetProperty("status").GetString().Should().Be("inconsistent");
        finding.GetProperty("implied").GetProperty("lo").GetString().Should().Be("3.2");
        finding.GetProperty("facts").GetArrayLength().Should().Be(3);
    }

    [Test]
    public void A_point_change_computed_from_rounded_shares_is_listed_as_a_note_and_fails_nothing()
    {
        var (code, output, _) = Run(new TestReport().Fact("now", "44.54", "%").Fact("before", "46.26", "%")
            .Fact("p", "1.8", "个百分点", qualifiers: "decline")
            .Rule("id: s\nkind: points\nnow: now\nbefore: before\npoints: p"));
        code.Should().Be(ExitCodes.Clean);
        output.Should().Contain("NOTES").And.Contain("44.5 - 46.3 = -1.8");
    }
}
