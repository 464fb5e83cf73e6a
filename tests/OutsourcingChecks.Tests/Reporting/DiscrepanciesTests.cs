using FluentAssertions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>What every review format shares: which findings, in what order, the stated figure, the text around a figure.</summary>
[TestFixture]
public class DiscrepanciesTests
{
    [Test]
    public void The_discrepancies_are_the_inconsistent_and_acknowledged_findings_in_report_order()
    {
        var run = new ReviewFixture().Run();
        Discrepancies.Of(run).Select(f => (f.Id, f.Status)).Should().Equal(
            (ReviewFixture.SumId, FindingStatus.Inconsistent), (ReviewFixture.SameId, FindingStatus.Acknowledged));
    }

    [TestCase(ReviewFixture.SumId, "a", TestName = "a sum states its total")]
    [TestCase(ReviewFixture.SameId, "f", TestName = "a same-quantity pair states its later figure")]
    public void The_primary_figure_is_the_one_the_check_states(string finding, string figure)
    {
        var run = new ReviewFixture().Run();
        Discrepancies.Primary(run.Findings.Single(f => f.Id == finding))?.Id.Should().Be(figure);
    }

    [Test]
    public void The_context_of_a_line_is_the_non_blank_lines_around_it()
    {
        var source = SourceText.FromText("s", "one\n\nthree\n\nfive\nSIX\nseven\n\nnine\nten\n");
        Discrepancies.Context(source, 6).Select(l => l.Line).Should().Equal(3, 5, 6, 7, 9);
        Discrepancies.Context(source, 1).Select(l => l.Line).Should().Equal(1, 3, 5);
        Discrepancies.Context(source, 99).Should().BeEmpty();
    }
}
