using System.Text.Json;
using System.Text.RegularExpressions;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Examples;

/// <summary>
/// The tourism example (examples/facts/tourism, examples/rules/tourism), the worked per-unit example
/// of docs/format.md: visits in a declared unit (万人次), spending per visit in 元/人次, revenue per
/// room in 万元/间, an exchange rate as a fact. It checks as the page says, every figure of its text
/// is accounted for, stub finds nothing left to encode, and the page's excerpts are its files.
/// </summary>
[TestFixture]
public partial class TourismExampleTests
{
    private static readonly string Facts = Repository.File("examples", "facts", "tourism");
    private static readonly string Rules = Repository.File("examples", "rules", "tourism");

    private static CheckRun Run()
    {
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(Facts, Rules, Path.Combine(Facts, "source.txt")));
        diagnostics.Should().BeEmpty();
        var run = Engine.Run(report!);
        run.Diagnostics.Should().BeEmpty();
        return run;
    }

    [Test]
    public void Its_per_unit_checks_hold_but_the_overnight_spending_which_is_acknowledged()
    {
        var run = Run();
        run.Findings.Select(f => (f.Id, f.Status)).Should().BeEquivalentTo([
            ("sum.visits.groups.2023", FindingStatus.Consistent),
            ("quotient.spend.all.2023", FindingStatus.Consistent),
            ("quotient.spend.overnight.2023", FindingStatus.Acknowledged),
            ("quotient.spend.day.2023", FindingStatus.Consistent),
            ("quotient.spend.inbound.2023", FindingStatus.Consistent),
            ("exchange.income.inbound.2023", FindingStatus.Consistent),
            ("quotient.hotel.revenue.per_room.2023", FindingStatus.Consistent),
        ]);
        run.Report.Units.Declared.Should().Equal("人次", "间", "床位", "张");
    }

    [Test]
    public void Spending_per_visit_is_income_over_visits_in_元_per_人次()
    {
        var f = Run().Findings.Single(x => x.Id == "quotient.spend.all.2023");
        f.DisplayUnit.Should().Be("元/人次");
        Math.Round(f.Implied!.Value.Lo!.Value, 2).Should().Be(1122.36m);
        Math.Round(f.Implied!.Value.Hi!.Value, 2).Should().Be(1122.45m);
    }

    [Test]
    public void The_inbound_spending_is_a_rounding_trap_the_engine_does_not_fall_into()
    {
        var run = Run();
        var f = run.Findings.Single(x => x.Id == "quotient.spend.inbound.2023");
        f.Status.Should().Be(FindingStatus.Consistent, "12.4 万人次 may be 12.35 万, and 3260.5 万美元 / 12.35 万人次 = 264.0");
        Math.Round(f.Implied!.Value.Hi!.Value, 2).Should().Be(264.01m);
        (3260m / 12.4m).Should().BeLessThan(263.5m, "the written figures alone give 262.9, which rounds to 263");
        Grader.Verdicts(run).Single(v => v.FindingId == f.Id).Grade.Should().Be(Grade.Rounding);
    }

    [Test]
    public void The_overnight_spending_is_a_discrepancy_with_a_suggested_2065()
    {
        var run = Run();
        var f = run.Findings.Single(x => x.Id == "quotient.spend.overnight.2023");
        f.Implied!.Value.Lo.Should().BeGreaterThan(1980.5m);
        var suggestion = OutsourcingChecks.ErrorLocalisation.Localiser.Suggest(run)[f.Id][0];
        (suggestion.FactId, suggestion.Suggested, suggestion.Unit).Should().Be(("spend.overnight.2023", "2065", "元/人次"));
    }

    [Test]
    public void The_check_command_exits_0_with_one_acknowledged_discrepancy()
    {
        var (exit, stdout, stderr) = InProcessCli.Run("check", "--facts", Facts, "--format", "json");
        exit.Should().Be(ExitCodes.Clean, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var summary = doc.RootElement.GetProperty("summary");
        (summary.GetProperty("facts").GetInt32(), summary.GetProperty("checks").GetInt32(), summary.GetProperty("consistent").GetInt32(),
            summary.GetProperty("acknowledged").GetInt32()).Should().Be((18, 7, 6, 1));
    }

    [Test]
    public void Every_figure_of_its_text_is_accounted_for_and_stub_finds_none_left()
    {
        var coverage = CoverageAnalyzer.Analyze(Run().Report);
        coverage.Chapters.SelectMany(c => c.Figures).Should().HaveCount(19)
            .And.OnlyContain(f => f.Status != FigureStatus.Uncovered);
        var (o, e) = (new StringWriter(), new StringWriter());
        StubCommand.Run(null, null, Facts, null, o, e).Should().Be(ExitCodes.Clean);
        e.ToString().Should().Contain("19 figures on lines 1-19, 19 covered by facts or skipped entries, 0 stubs", "stub counts the figures coverage counts");
    }

    [Test]
    public void It_is_kept_out_of_the_default_run_of_the_repository() =>
        RepositoryLayout.Reports(Repository.Root).Should().NotContain(p => p.FactsDirectory.Contains("examples", StringComparison.Ordinal));

    [Test]
    public void The_excerpts_of_docs_format_md_are_its_files()
    {
        var page = File.ReadAllLines(Repository.File("docs", "format.md"));
        var excerpts = 0;
        for (var i = 0; i < page.Length; i++)
        {
            if (Excerpt().Match(page[i]) is not { Success: true } m) continue;
            var file = File.ReadAllText(Repository.File(m.Groups[1].Value.Split('/')));
            page[i + 1].Should().StartWith("```", $"format.md:{i + 2}: an excerpt marker stands right before its block");
            var body = new List<string>();
            for (var k = i + 2; k < page.Length && page[k] != "```"; k++) body.Add(page[k]);
            if (page[i + 1] == "```text")
                file.Split('\n').Should().Contain(body, $"format.md:{i + 2}: every line is a line of {m.Groups[1].Value}");
            else
                file.Should().Contain(string.Join("\n", body) + "\n", $"format.md:{i + 2}: the excerpt is a verbatim part of {m.Groups[1].Value}");
            excerpts++;
        }
        excerpts.Should().BeGreaterThanOrEqualTo(4);
    }

    [GeneratedRegex(@"^<!-- excerpt: (\S+) -->$")]
    private static partial Regex Excerpt();
}
