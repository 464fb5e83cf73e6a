using FluentAssertions;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Coverage;

[TestFixture]
public class CoverageAnalyzerTests
{
    private const string Text = "第一章 概况\n执行额 2264.8 亿美元，增长 29.2%。\n\n〔2021〕180 号文件\n第二章 展望\n占比近四成，新增 12 家。\n\n\n\n\n合同额 2264.8 亿美元。\n";

    private static Fact Fact(string id, string value, string unit, int line) =>
        new(id, StatedValue.TryParse(value, out _)!, Units.Find(unit)!, "2021", null, new Dictionary<string, string>(), [], line, value, Location.None, null);

    private static CoverageResult Analyze(IReadOnlyList<Fact> facts, IReadOnlyList<Skipped>? skipped = null) =>
        CoverageAnalyzer.Analyze(new Report(SourceText.FromText("t.txt", Text), facts, [], [], [], [], skipped ?? []));

    [Test]
    public void Chapters_come_from_the_headings_of_the_text()
    {
        var result = Analyze([]);
        result.Chapters.Select(c => (c.Chapter.Key, c.Chapter.FirstLine)).Should().Equal(("ch01", 1), ("ch02", 5));
        result.Chapters.Select(c => c.Found).Should().Equal(2, 3);
    }

    [Test]
    public void A_fact_covers_the_figure_with_its_value_within_two_lines()
    {
        var result = Analyze([Fact("exec", "2264.8", "亿美元", 3), Fact("growth", "29.2", "%", 2), Fact("share", "四", "成", 6)]);
        var ch1 = result.Chapters[0];
        ch1.Covered.Should().Be(2);
        ch1.Figures.Select(f => f.FactId).Should().Equal("exec", "growth");
        result.Chapters[1].Figures.Single(f => f.Figure.Unit == "成").FactId.Should().Be("share");
    }

    [Test]
    public void A_fact_covers_one_figure_only_and_not_one_further_than_two_lines()
    {
        // the same value stands on line 2 and line 11: the fact of line 2 covers that one only
        var result = Analyze([Fact("exec", "2264.8", "亿美元", 2), Fact("far", "12", "家", 9)]);
        result.Chapters[1].Figures.Where(f => f.Status == FigureStatus.Uncovered).Select(f => f.Figure.Text)
            .Should().Equal("四成", "12家", "2264.8亿美元");
        result.UnmatchedFacts.Select(f => f.Id).Should().Equal("far");
    }

    [Test]
    public void A_skipped_entry_accounts_for_the_figures_its_text_writes()
    {
        var result = Analyze([], [new Skipped(6, "新增 12 家", "a count nobody checks", Location.None)]);
        var twelve = result.Chapters[1].Figures.Single(f => f.Figure.Number == "12");
        twelve.Status.Should().Be(FigureStatus.Skipped);
        twelve.SkipReason.Should().Be("a count nobody checks");
        result.Chapters[1].Skipped.Should().Be(1);
    }

    [Test]
    public void The_share_counts_covered_and_skipped_figures()
    {
        var result = Analyze([Fact("exec", "2264.8", "亿美元", 2)], [new Skipped(2, "29.2%", "why", Location.None)]);
        result.Chapters[0].Share.Should().Be(1m);
        result.Chapters[1].Share.Should().Be(0m);
        result.Share.Should().Be(2m / 5m);
    }

    [Test]
    public void A_figure_in_a_unit_the_report_declares_is_found_and_covered()
    {
        const string text = "客房 4820 间，床位 8730 张。\n";
        var b = new UnitRegistry.Builder("units.yaml");
        b.Declare("间", Dimension.Of("rooms"), 1m);
        b.Declare("张", Dimension.Of("beds"), 1m);
        var units = b.Build();
        var rooms = new Fact("rooms", StatedValue.TryParse("4820", out _)!, units.Find("间")!, "2023", null, new Dictionary<string, string>(), [], 1, "4820 间", Location.None, null);
        var source = SourceText.FromText("t.txt", text);
        CoverageAnalyzer.Analyze(new Report(source, [rooms], [], [], [], [], [])).Chapters.Sum(c => c.Found).Should().Be(0, "间 and 张 are no built-in units");
        var result = CoverageAnalyzer.Analyze(new Report(source, [rooms], [], [], [], [], []) { Units = units });
        result.Chapters.SelectMany(c => c.Figures).Select(f => (f.Figure.Text, f.Status))
            .Should().Equal(("4820间", FigureStatus.Covered), ("8730张", FigureStatus.Uncovered));
    }
}
