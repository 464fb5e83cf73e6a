using System.Text;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>The exit codes and output of coverage, audit, draft and diff on a small report.</summary>
[TestFixture]
[NonParallelizable]
public class DraftCommandsTests
{
    private static (int Code, string Out, string Err) Capture(Func<int> run)
    {
        var (stdout, stderr) = (Console.Out, Console.Error);
        var o = new StringWriter();
        var e = new StringWriter();
        Console.SetOut(o);
        Console.SetError(e);
        try { return (run(), o.ToString(), e.ToString()); }
        finally { Console.SetOut(stdout); Console.SetError(stderr); }
    }

    private static ReportPaths Report() => new TestReport()
        .Fact("a", "123.4").Fact("b", "56.7").Fact("total", "180.1")
        .Rule("id: sum.ab\nkind: sum\nparts: [a, b]\ntotal: total")
        .Write();

    private static string WriteDraft(ReportPaths paths, Func<string, string> edit)
    {
        var draft = Path.Combine(Path.GetDirectoryName(paths.FactsDirectory)!, "draft.txt");
        File.WriteAllText(draft, edit(File.ReadAllText(paths.SourceFile)), new UTF8Encoding(false));
        return draft;
    }

    [Test]
    public void Coverage_lists_every_figure_and_exits_0()
    {
        var p = Report();
        var (code, output, _) = Capture(() => CoverageCommand.Run(p.FactsDirectory, p.RulesDirectory, null, "json"));
        code.Should().Be(ExitCodes.Clean);
        output.Should().Contain("\"found\": 3").And.Contain("\"covered\": 3");
    }

    [Test]
    public void Audit_prints_the_share_per_slip_kind_and_exits_0()
    {
        var p = Report();
        var (code, output, _) = Capture(() => AuditCommand.Run(p.FactsDirectory, p.RulesDirectory, null, "text"));
        code.Should().Be(ExitCodes.Clean);
        output.Should().Contain("digit").And.Contain("swap").And.Contain("scale");
    }

    [Test]
    public void Check_of_a_draft_with_a_changed_figure_exits_1_and_shows_old_and_new()
    {
        var p = Report();
        var draft = WriteDraft(p, t => t.Replace("56.7", "65.7", StringComparison.Ordinal));
        var (code, output, _) = Capture(() => CheckCommand.Run(p.FactsDirectory, p.RulesDirectory, draft, "text", false));
        code.Should().Be(ExitCodes.Discrepancies);
        output.Should().Contain("b: 56.7 → 65.7").And.Contain("sum.ab");
    }

    [Test]
    public void Check_with_the_facts_own_text_as_source_is_the_ordinary_check()
    {
        var p = Report();
        var (code, output, _) = Capture(() => CheckCommand.Run(p.FactsDirectory, p.RulesDirectory, p.SourceFile, "text", false));
        code.Should().Be(ExitCodes.Clean);
        output.Should().NotContain("Draft:");
    }

    [Test]
    public void A_correction_that_mends_acknowledged_discrepancies_is_reported_as_mending_them_and_their_acknowledgements_as_stale()
    {
        // The tutorial's example: KPO 26.0 is the slip behind both acknowledged discrepancies.
        var facts = Repository.File("facts", "example");
        var rules = Repository.File("rules", "example");
        var draft = Path.Combine(Repository.Scratch(), "draft.txt");
        File.WriteAllText(draft, File.ReadAllText(Path.Combine(facts, "source.txt")).Replace("KPO 26.0", "KPO 25.0", StringComparison.Ordinal), new UTF8Encoding(false));

        var (code, text, _) = Capture(() => DraftCommand.Run(facts, rules, null, draft, "text"));
        code.Should().Be(ExitCodes.Discrepancies, "the fact of the corrected figure is stale");
        text.Should().Contain("CHECKS THE DRAFT MENDS (2)")
            .And.Contain("✓ sum.execution.categories.2023 (was acknowledged): stated 80.0 亿美元; the other figures give [79.850, 80.150] 亿美元")
            .And.Contain("ACKNOWLEDGEMENTS THE DRAFT MAKES STALE (2").And.Contain("? share.execution.KPO.2023")
            .And.Contain("(0 new, 2 mended); 2 acknowledgements made stale");

        var (_, json, _) = Capture(() => DraftCommand.Run(facts, rules, null, draft, "json"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().StartWith(["summary", "reports", "facts", "findings", "staleAcknowledgements"],
            "the shape of check's JSON: a summary, each report's own, then the lists, each item naming its report");
        root.GetProperty("summary").GetProperty("mends").GetInt32().Should().Be(2);
        root.GetProperty("reports")[0].GetProperty("name").GetString().Should().Be("example");
        root.GetProperty("findings").EnumerateArray().Should().HaveCount(2).And.OnlyContain(f =>
            f.GetProperty("change").GetString() == "mends" && f.GetProperty("before").GetString() == "acknowledged" && f.GetProperty("report").GetString() == "example");
        root.GetProperty("staleAcknowledgements").GetArrayLength().Should().Be(2);
    }

    [Test]
    public void A_draft_that_changes_nothing_exits_0()
    {
        var p = Report();
        var draft = WriteDraft(p, t => t);
        Capture(() => DraftCommand.Run(p.FactsDirectory, p.RulesDirectory, null, draft, "json")).Code.Should().Be(ExitCodes.Clean);
    }

    [Test]
    public void Diff_exits_1_on_a_changed_figure_and_2_on_a_missing_file()
    {
        var p = Report();
        var draft = WriteDraft(p, t => t.Replace("56.7", "65.7", StringComparison.Ordinal));
        var (code, output, _) = Capture(() => DiffCommand.Run(p.SourceFile, draft, "text"));
        code.Should().Be(ExitCodes.Discrepancies);
        output.Should().Contain("56.7亿美元 → 65.7亿美元");
        var (missing, _, error) = Capture(() => DiffCommand.Run(p.SourceFile, draft + ".missing", "text"));
        missing.Should().Be(ExitCodes.InvalidInput);
        error.Should().Contain("no such file");
    }

    [Test]
    public void A_baseline_without_a_draft_is_a_usage_error() =>
        Capture(() => CheckCommand.Run(Report().FactsDirectory, null, null, "text", false, baseline: "old.txt")).Code.Should().Be(ExitCodes.InvalidInput);
}
