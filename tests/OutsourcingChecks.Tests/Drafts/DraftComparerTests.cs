using System.Text;
using FluentAssertions;
using OutsourcingChecks.Drafts;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Drafts;

/// <summary>
/// A draft built from the real text of chapter 1 (report lines 26-70) with one changed figure, one
/// deleted sentence, one moved paragraph and one new figure, against facts encoded on the original.
/// </summary>
[TestFixture]
public class DraftComparerTests
{
    private const string Facts = """
        facts:
          - { id: contract.all, value: "3224.0", unit: 亿美元, line: 9, quote: 合同额 3224.0亿美元 }
          - { id: exec.all, value: "2264.8", unit: 亿美元, line: 9, quote: 执行额 2264.8 亿美元 }
          - { id: exec.growth.all, value: "29.2", unit: "%", line: 11, quote: 增长 29.2% }
          - { id: contract.offshore, value: "1716.8", unit: 亿美元, line: 22, quote: 1716.8 亿美元（约 }
          - { id: exec.offshore, value: "1303.1", unit: 亿美元, line: 24, quote: 执行额 1303.1 亿美元 }
          - { id: exec.share.offshore, value: "57.5", unit: "%", line: 26, quote: 执行额的 57.5% }
          - { id: contract.onshore, value: "1507.1", unit: 亿美元, line: 38, quote: 合同额达 1507.1亿美元 }
          - { id: exec.onshore, value: "961.7", unit: 亿美元, line: 40, quote: 执行额 961.7 亿美元 }
        """;

    private const string Rules = """
        rules:
          - { id: sum.exec, kind: sum, parts: [exec.offshore, exec.onshore], total: exec.all }
          - { id: sum.contract, kind: sum, parts: [contract.offshore, contract.onshore], total: contract.all }
          - { id: share.exec.offshore, kind: share, part: exec.offshore, whole: exec.all, share: exec.share.offshore }
        """;

    internal static string[] Draft(string original)
    {
        var text = original
            .Replace("执行额 961.7 亿美元", "执行额 971.7 亿美元", StringComparison.Ordinal)        // a changed figure
            .Replace("同比\n\n增长 29.2%，", "", StringComparison.Ordinal)                          // a deleted sentence
            .Replace("是自 2014 年以来的最高增速。\n", "是自 2014 年以来的最高增速。\n\n全年新增服务外包企业 35 家。\n", StringComparison.Ordinal); // a new figure
        var lines = text.Split('\n').ToList();
        var onshore = lines.FindIndex(l => l.StartsWith("在岸服务外包占比显著提高", StringComparison.Ordinal));
        var offshore = lines.FindIndex(l => l.StartsWith("离岸服务外包合同额突破万亿", StringComparison.Ordinal));
        var end = lines.FindIndex(onshore, l => l.StartsWith("图 1-3", StringComparison.Ordinal));
        var paragraph = lines.GetRange(onshore, end - onshore);                                         // a moved paragraph
        lines.RemoveRange(onshore, end - onshore);
        lines.InsertRange(offshore, paragraph);
        return lines.ToArray();
    }

    private static (DraftResult Result, string[] Draft) Compare()
    {
        var original = RealText.Lines(26, 70);
        var dir = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "facts"));
        Directory.CreateDirectory(Path.Combine(dir, "rules"));
        File.WriteAllText(Path.Combine(dir, "facts", "source.txt"), original, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "facts", "facts.yaml"), Facts, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(dir, "rules", "rules.yaml"), Rules, new UTF8Encoding(false));
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(Path.Combine(dir, "facts"), Path.Combine(dir, "rules"), Path.Combine(dir, "facts", "source.txt")));
        diagnostics.Should().BeEmpty();
        var baseline = Engine.Run(report!);
        baseline.Inconsistent.Should().Be(0, "the original text is consistent");
        var draft = Draft(original);
        return (DraftComparer.Compare(baseline, SourceText.FromText("draft.txt", string.Join("\n", draft))), draft);
    }

    private static FactDrift Drift(DraftResult r, string id) => r.Drifts.Single(d => d.Fact.Id == id);

    private static int LineOf(string[] draft, string text) => Array.FindIndex(draft, l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Test]
    public void A_changed_figure_is_stale_with_old_and_new_text_and_rechecked_under_its_new_value()
    {
        var (r, draft) = Compare();
        var d = Drift(r, "exec.onshore");
        d.Status.Should().Be(AnchorStatus.Changed);
        d.IsStale.Should().BeTrue();
        d.NewWritten.Should().Be("971.7");
        d.NewLine.Should().Be(LineOf(draft, "971.7"));
        d.OldText.Should().Contain("961.7");
        d.NewText.Should().Contain("971.7");
        r.FindingChanges.Should().ContainSingle(c => c.Breaks).Which.Id.Should().Be("sum.exec");
        r.Recheck.Findings.Single(f => f.Id == "sum.contract").Status.Should().Be(FindingStatus.Consistent);
    }

    [Test]
    public void A_deleted_sentence_leaves_its_fact_stale_with_the_likely_line_of_its_context()
    {
        var (r, draft) = Compare();
        var d = Drift(r, "exec.growth.all");
        d.Status.Should().Be(AnchorStatus.Deleted);
        d.IsStale.Should().BeTrue();
        d.NewLine.Should().BeInRange(LineOf(draft, "2264.8") - 2, LineOf(draft, "2014 年") + 2);
        r.Stale.Should().Be(2, "one changed and one deleted figure");
    }

    [Test]
    public void Facts_of_a_moved_paragraph_are_re_anchored_to_their_new_lines_and_the_rest_stay()
    {
        var (r, draft) = Compare();
        var d = Drift(r, "contract.onshore");
        d.Status.Should().Be(AnchorStatus.Moved);
        d.NewLine.Should().Be(LineOf(draft, "1507.1"));
        Drift(r, "exec.offshore").NewLine.Should().Be(LineOf(draft, "1303.1"));
        Drift(r, "contract.all").Status.Should().Be(AnchorStatus.Unchanged);
        Drift(r, "exec.all").Status.Should().Be(AnchorStatus.Unchanged);
    }

    [Test]
    public void A_new_figure_is_listed_as_uncovered_and_nothing_that_only_moved_is()
    {
        var (r, draft) = Compare();
        r.NewUncovered.Select(f => (f.Figure.Text, f.Figure.Line)).Should().Equal(("35家", LineOf(draft, "35 家")));
    }
}
