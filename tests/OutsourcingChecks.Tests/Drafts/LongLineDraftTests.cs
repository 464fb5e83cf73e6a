using FluentAssertions;
using OutsourcingChecks.Drafts;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Drafts;

/// <summary>
/// A draft whose text is one long line (issue 16, class 11: `draft --source` with a 60 MB line) is
/// compared with the facts in time and memory proportional to it: its flow is indexed by line and
/// every 64 characters, a quote is looked for near where it stood before the whole draft, and a long
/// line is shown as an excerpt around the figure. (Times are measured in docs/benchmarks.md.)
/// </summary>
[TestFixture]
public class LongLineDraftTests
{
    private static CheckRun Example()
    {
        var facts = Repository.File("facts", "example");
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(facts, Repository.File("rules", "example"), Path.Combine(facts, "source.txt")));
        diagnostics.Should().BeEmpty();
        return Engine.Run(report!);
    }

    [Test]
    public void A_draft_of_one_long_line_of_other_figures_loses_every_fact_and_lists_every_new_figure()
    {
        const int n = 200_000;
        var draft = SourceText.FromText("draft.txt", string.Concat(Enumerable.Repeat("12.5亿美元，", n)));
        var result = DraftComparer.Compare(Example(), draft);
        result.Drifts.Should().OnlyContain(d => d.Status == AnchorStatus.Deleted);
        result.NewUncovered.Should().HaveCount(n);
        result.NewUncovered[n - 1].Figure.Column.Should().Be((n - 1) * 8 + 1);
        result.Drifts.Should().OnlyContain(d => d.NewText.Length <= LineExcerpt.Width + 2, "a long line is shown around the figure, not whole");
    }

    [Test]
    public void Facts_on_a_line_repeated_many_times_over_stay_where_they_were()
    {
        var lines = File.ReadAllLines(Repository.File("facts", "example", "source.txt"));
        lines[4] = string.Concat(Enumerable.Repeat(lines[4] + " ", 20_000)); // line 5, 1.2 million characters
        var result = DraftComparer.Compare(Example(), SourceText.FromText("draft.txt", string.Join("\n", lines)));
        result.Drifts.Where(d => d.Fact.SourceLine == 5).Should().NotBeEmpty().And.OnlyContain(d => d.Status == AnchorStatus.Unchanged);
        result.Drifts.Where(d => d.Fact.SourceLine != 5).Should().OnlyContain(d => d.Status == AnchorStatus.Unchanged);
        result.Stale.Should().Be(0);
    }

    [Test]
    public void The_flow_places_every_character_of_a_long_line_as_a_walk_from_its_start_does()
    {
        var line = string.Concat(Enumerable.Range(0, 3_000).Select(k => k % 7 == 0 ? "12 3 " : k % 5 == 0 ? "－4　" : "字 "));
        var flow = new Flow(SourceText.FromText("t.txt", "标题\n" + line + "\n尾"));
        var expected = 2; // "标题"
        var previous = '题';
        var gap = true;
        for (var c = 0; c < line.Length; c++)
        {
            var ch = line[c];
            if (char.IsWhiteSpace(ch)) { gap = true; flow.IndexAt(2, c + 1).Should().BeNull(); continue; }
            var n = OutsourcingChecks.Figures.FigureScanner.Normalise(ch);
            if (gap && (char.IsAsciiDigit(n) || n is '-' or '－') && (char.IsAsciiDigit(previous) || previous == '.')) expected++;
            flow.IndexAt(2, c + 1).Should().Be(expected, $"column {c + 1}");
            flow.Text[expected].Should().Be(n);
            flow.LineAt(expected).Should().Be(2);
            previous = n;
            gap = false;
            expected++;
        }
    }
}
