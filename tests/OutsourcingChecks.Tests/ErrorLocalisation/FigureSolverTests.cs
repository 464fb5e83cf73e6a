using FluentAssertions;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.ErrorLocalisation;

/// <summary>
/// Solving one check for one figure: the values of that figure (canonical: USD, ratios) that make
/// the check hold with every other figure anywhere in its rounding interval.
/// </summary>
[TestFixture]
public class FigureSolverTests
{
    private static Interval? Solve(TestReport report, string checkId, string factId)
    {
        var (run, diagnostics) = report.Check();
        diagnostics.Should().BeEmpty();
        var scope = new ReportScope(run!.Report);
        return FigureSolver.Solve(run.Checks.Single(c => c.Id == checkId), scope.Fact(factId)!, scope);
    }

    private static void ShouldBe(Interval? actual, decimal? lo, decimal? hi, decimal scale)
    {
        actual.Should().NotBeNull();
        if (lo is null) actual!.Value.Lo.Should().BeNull(); else (actual!.Value.Lo / scale).Should().BeApproximately(lo.Value, 0.0001m);
        if (hi is null) actual!.Value.Hi.Should().BeNull(); else (actual!.Value.Hi / scale).Should().BeApproximately(hi.Value, 0.0001m);
    }

    [Test]
    public void A_total_lies_within_the_sum_of_its_parts_intervals()
    {
        // 1.1 + 2.2: parts [1.05, 1.15] + [2.15, 2.25].
        ShouldBe(Solve(new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", "9.9")
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t"), "s", "t"), 3.2m, 3.4m, 1e8m);
    }

    [Test]
    public void A_part_not_exhaustive_is_bounded_on_one_side_only()
    {
        // a + 2.2 <= 3.3 holds for any a up to 3.35 - 2.15 = 1.2 (and the amount stays positive).
        ShouldBe(Solve(new TestReport().Fact("a", "1.9").Fact("b", "2.2").Fact("t", "3.3")
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t\nexhaustive: false"), "s", "a"), 0m, 1.2m, 1e8m);
    }

    [Test]
    public void A_part_of_a_share_is_the_share_times_the_whole()
    {
        // 33.3 % (33.25 to 33.35 %) of 3.0 (2.95 to 3.05): [0.3325 × 2.95, 0.3335 × 3.05].
        ShouldBe(Solve(new TestReport().Fact("part", "1.5").Fact("whole", "3.0").Fact("sh", "33.3", "%")
            .Rule("id: s\nkind: share\npart: part\nwhole: whole\nshare: sh"), "s", "part"), 0.980875m, 1.017175m, 1e8m);
    }

    [Test]
    public void A_previous_value_in_a_denominator_is_inverted()
    {
        // 829.9 / x - 1 = 26.6 %: x in [829.85 / 1.2665, 829.95 / 1.2655].
        ShouldBe(Solve(new TestReport().Fact("cur", "829.9").Fact("prev", "600.0").Fact("g", "26.6", "%")
            .Rule("id: s\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: g"), "s", "prev"), 655.2309m, 655.8277m, 1e8m);
    }

    [Test]
    public void A_figure_that_cannot_change_the_outcome_has_no_solution()
    {
        // a - a is 0 whatever a is, never 1.0.
        Solve(new TestReport().Fact("a", "1.1").Fact("c", "1.0")
            .Rule("id: s\nkind: expression\nexpr: \"c = a - a\""), "s", "a").Should().BeNull();
    }
}
