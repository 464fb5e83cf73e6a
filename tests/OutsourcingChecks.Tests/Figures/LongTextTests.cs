using FluentAssertions;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Figures;

/// <summary>
/// The scanner is linear in the text and bounded in memory: a text of one very long line (issue 16,
/// class 11: 41 MB of "12.5亿美元，") is read figure by figure, each in place, and enumerating them
/// allocates nothing per figure. (Times are measured in docs/benchmarks.md, not asserted here.)
/// </summary>
[TestFixture]
public class LongTextTests
{
    private const string Piece = "12.5亿美元，";

    private static LinedText OneLine(int pieces) => new(SourceText.FromText("long.txt", string.Concat(Enumerable.Repeat(Piece, pieces))));

    [Test]
    public void Every_figure_of_a_long_line_is_found_in_its_place()
    {
        const int n = 250_000;
        var i = 0;
        foreach (var f in FigureScanner.Scan(OneLine(n)))
        {
            (f.Line, f.Column, f.Number, f.Unit).Should().Be((1, i * Piece.Length + 1, "12.5", "亿美元"));
            i++;
        }
        i.Should().Be(n);
    }

    [TestCase(100_000)]
    [TestCase(400_000)]
    public void Reading_the_figures_of_a_long_line_allocates_a_bounded_amount_whatever_its_length(int pieces)
    {
        var text = OneLine(pieces);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var count = 0;
        foreach (var _ in FigureScanner.Scan(text)) count++;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        count.Should().Be(pieces);
        allocated.Should().BeLessThan(256 * 1024, "no copy of the text and nothing per figure: a number seen before is shared");
    }

    [Test]
    public void Coverage_of_a_long_line_counts_every_figure_and_the_one_a_fact_covers()
    {
        const int n = 200_000;
        var source = SourceText.FromText("long.txt", string.Concat(Enumerable.Repeat(Piece, n)));
        var fact = new Fact("a", StatedValue.TryParse("12.5", out _)!, Units.Find("亿美元")!, "2021", null, new Dictionary<string, string>(), [], 1, "12.5亿美元", Location.None, null);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = CoverageAnalyzer.Analyze(new Report(source, [fact], [], [], [], [], []));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        (result.Found, result.Covered, result.Uncovered).Should().Be((n, 1, n - 1));
        result.Chapters.Single().Figures[n - 1].Figure.Column.Should().Be((n - 1) * Piece.Length + 1);
        allocated.Should().BeLessThan(n * 400L, "a few hundred bytes per figure and one copy of the text, not arrays per character");
    }

    [Test]
    public void A_number_too_long_for_a_decimal_crashes_nothing_and_is_no_figure()
    {
        var source = SourceText.FromText("t.txt", "规模 79228162514264337593543950336亿美元，增长 5.0%");
        CoverageAnalyzer.Analyze(new Report(source, [], [], [], [], [], [])).Found.Should().Be(1);
    }
}
