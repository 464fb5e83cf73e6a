using FluentAssertions;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Grading;

/// <summary>Each grade, from exact on the written figures to inconsistent, and the margin in last digits.</summary>
[TestFixture]
public class GraderTests
{
    private static Verdict Verdict(TestReport report, string id)
    {
        var (run, diagnostics) = report.Check();
        diagnostics.Should().BeEmpty();
        return Grader.Verdicts(run!).Single(v => v.FindingId == id);
    }

    private static TestReport Sum(string total) =>
        new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", total)
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t");

    [Test]
    public void Written_figures_that_add_up_exactly_are_exact()
    {
        var v = Verdict(Sum("3.3"), "s");
        (v.Grade, v.Margin).Should().Be((Grade.Exact, 0m));
    }

    [Test]
    public void A_total_reachable_only_through_rounding_is_graded_rounding()
    {
        var v = Verdict(Sum("3.4"), "s");
        (v.Grade, v.Margin).Should().Be((Grade.Rounding, 0m));
    }

    [Test]
    public void A_growth_whose_written_value_lies_just_outside_the_computed_one_is_rounding_with_a_margin_below_one_digit()
    {
        // 829.9 / 655.8 - 1 = 26.55 %; true values reach [26.530 %, 26.565 %]; 26.6 is 0.35 of a digit away.
        var v = Verdict(new TestReport().Fact("cur", "829.9").Fact("prev", "655.8").Fact("g", "26.6", "%")
            .Rule("id: s\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: g"), "s");
        v.Grade.Should().Be(Grade.Rounding);
        v.Margin.Should().BeInRange(0.3m, 0.4m);
    }

    [TestCase("3.5", 1.0, TestName = "inconsistent: 3.5 is one digit beyond what 1.1 + 2.2 allow")]
    [TestCase("4.4", 10.0, TestName = "inconsistent: 4.4 is ten digits beyond")]
    public void A_total_beyond_rounding_is_inconsistent_with_its_margin(string total, decimal margin)
    {
        var v = Verdict(Sum(total), "s");
        (v.Grade, v.Margin).Should().Be((Grade.Inconsistent, margin));
    }

    [Test]
    public void A_point_change_from_two_rounded_shares_is_a_note_of_its_own()
    {
        // True shares 44.54 % and 46.26 % differ by 1.72 points; the report subtracts the rounded
        // 44.5 and 46.3 and writes 下降 1.8: wrong on the true values, right on the written ones.
        var v = Verdict(new TestReport().Fact("now", "44.54", "%").Fact("before", "46.26", "%")
            .Fact("p", "1.8", "个百分点", qualifiers: "decline")
            .Rule("id: s\nkind: points\nnow: now\nbefore: before\npoints: p"), "s");
        v.Grade.Should().Be(Grade.RoundedFigures);
        v.Note.Should().Contain("44.5 - 46.3 = -1.8");
    }

    [Test]
    public void A_combined_share_from_rounded_shares_is_a_note_of_its_own()
    {
        // 20.14 % + 25.24 % = 45.38 %, written 45.3 % (20.1 + 25.2).
        var v = Verdict(new TestReport().Fact("x", "20.14", "%").Fact("y", "25.24", "%").Fact("xy", "45.3", "%")
            .Rule("id: s\nkind: sum\nparts: [x, y]\ntotal: xy"), "s");
        v.Grade.Should().Be(Grade.RoundedFigures);
    }

    [Test]
    public void A_share_of_a_sum_stated_as_the_sum_of_rounded_shares_is_a_note_of_its_own()
    {
        // 300.3 / 535.2 = 56.11 %, but 23.1 + 17.7 + 15.4 (each part's share, rounded) = 56.2 %.
        var v = Verdict(new TestReport().Fact("a", "123.5").Fact("b", "94.6").Fact("c", "82.2").Fact("t", "535.2")
            .Fact("s3", "56.2", "%")
            .Rule("id: s\nkind: share\npart: a + b + c\nwhole: t\nshare: s3"), "s");
        v.Grade.Should().Be(Grade.RoundedFigures);
        v.Note.Should().Contain("23.1 + 17.7 + 15.4 = 56.2");
    }

    [Test]
    public void A_point_change_that_even_the_rounded_figures_do_not_give_is_inconsistent()
    {
        var v = Verdict(new TestReport().Fact("now", "44.54", "%").Fact("before", "46.26", "%")
            .Fact("p", "2.0", "个百分点", qualifiers: "decline")
            .Rule("id: s\nkind: points\nnow: now\nbefore: before\npoints: p"), "s");
        v.Grade.Should().Be(Grade.Inconsistent);
    }

    [TestCase("22.80", "22.8", Grade.Exact, TestName = "same quantity: 22.80 and 22.8 are exact")]
    [TestCase("22.84", "22.8", Grade.Rounding, TestName = "same quantity: 22.84 rounds to 22.8")]
    [TestCase("22.8", "22.9", Grade.Inconsistent, TestName = "same quantity: 22.8 and 22.9 are inconsistent")]
    public void Same_quantity(string first, string second, Grade expected) =>
        Verdict(new TestReport()
                .Fact("ch1", first, "%", measure: "g", dims: "service: it_ops")
                .Fact("ch3", second, "%", measure: "g", dims: "service: it_ops"), "same.ch1.vs.ch3")
            .Grade.Should().Be(expected);

    [Test]
    public void Checks_failing_because_a_quantity_is_stated_twice_differently_are_its_consequences()
    {
        // Chapter 1 writes 22.6 %, chapter 3 writes 22.9 % for the same growth; 122.6 / 100.0 - 1 is 22.6 %.
        var (run, diagnostics) = new TestReport()
            .Fact("cur", "122.6").Fact("prev", "100.0")
            .Fact("ch1", "22.6", "%", measure: "g", dims: "service: it_ops")
            .Fact("ch3", "22.9", "%", measure: "g", dims: "service: it_ops")
            .Fact("x", "1.1").Fact("y", "2.2").Fact("t", "3.5")
            .Rule("id: growth.ch1\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: ch1")
            .Rule("id: growth.ch3\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: ch3")
            .Rule("id: sum.t\nkind: sum\nparts: [x, y]\ntotal: t")
            .Check();
        diagnostics.Should().BeEmpty();
        // Consequences are read from the suggested corrections: the root's correction (ch3 to 22.6) mends growth.ch3.
        var verdicts = Grader.Verdicts(run!, run!.Findings, OutsourcingChecks.ErrorLocalisation.Localiser.Suggest(run!)).ToDictionary(v => v.FindingId);
        Grader.Verdicts(run!).Should().OnlyContain(v => v.ConsequenceOf == null, "without the suggestions, no consequence is claimed");

        verdicts["same.ch1.vs.ch3"].Grade.Should().Be(Grade.Inconsistent);
        verdicts["same.ch1.vs.ch3"].ConsequenceOf.Should().BeNull("the conflict is the root");
        verdicts["growth.ch3"].ConsequenceOf.Should().Be("same.ch1.vs.ch3");
        verdicts["growth.ch1"].ConsequenceOf.Should().BeNull("it holds");
        verdicts["sum.t"].ConsequenceOf.Should().BeNull("it shares no figure with the conflict");
    }

    [Test]
    public void Every_finding_gets_one_verdict_in_order()
    {
        var (run, _) = Sum("3.5").Fact("z", "9.9").Rule("id: b\nkind: bound\nleft: z\nop: \">\"\nright: t").Check();
        Grader.Verdicts(run!).Select(v => v.FindingId).Should().Equal(run!.Findings.Select(f => f.Id));
    }

    [Test]
    public void A_figure_that_meets_its_qualifier_is_exact_not_a_matter_of_rounding()
    {
        // 超过 1000: 1440 meets it as written; the rounding of 1000 has nothing to do with it.
        var report = new TestReport().Fact("big", "1000", "家", qualifiers: "more-than").Fact("count", "1440", "家")
            .Rule("id: b\nkind: bound\nleft: count\nop: \">=\"\nright: big");
        Verdict(report, "b").Grade.Should().Be(Grade.Exact);
    }

    [Test]
    public void A_quantity_stated_twice_inside_the_other_statement_interval_still_reads_off_by_its_rounding()
    {
        // 22.95 rounds to 23.0, not to 22.9 as written elsewhere: 22.95 lies inside 22.9's
        // interval, so the distance rule would say nothing; the rounding rule says 1 digit.
        var report = new TestReport()
            .Fact("coarse", "22.9", "%", measure: "g", dims: "service: it_ops")
            .Fact("fine", "22.95", "%", measure: "g", dims: "service: it_ops");
        var v = Verdict(report, "same.coarse.vs.fine");
        v.Grade.Should().Be(Grade.Inconsistent);
        v.Margin.Should().Be(1m);
        VerdictText.Describe(v).Should().NotContain("within what the other figures allow");
    }

    [Test]
    public void An_inconsistent_finding_never_reads_within_what_the_other_figures_allow()
    {
        VerdictText.Describe(new Verdict("x", Grade.Inconsistent, 0m, null, null)).Should().Be("inconsistent");
        VerdictText.Describe(new Verdict("x", Grade.Rounding, 0m, null, null)).Should().Contain("within what the other figures allow");
    }
}
