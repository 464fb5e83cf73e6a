using FluentAssertions;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.ErrorLocalisation;

/// <summary>
/// Discrepancies built for the purpose: a figure written wrong by a known slip is localised to
/// that figure, with the value it should have had.
/// </summary>
[TestFixture]
public class LocaliserTests
{
    // Parts 197.5 + 302.5 = 500.0; shares 39.5 % and 60.5 % of it; another total 400.0 two lines on.
    private static TestReport Table(string a = "197.5", string shareA = "39.5", string shareB = "60.5") =>
        new TestReport()
            .Fact("a", a).Fact("b", "302.5").Fact("t", "500.0")
            .Fact("share.a", shareA, "%").Fact("share.b", shareB, "%")
            .Fact("u", "400.0")
            .Rule("id: sum.t\nkind: sum\nparts: [a, b]\ntotal: t")
            .Rule("id: share.a\nkind: share\npart: a\nwhole: t\nshare: share.a")
            .Rule("id: share.b\nkind: share\npart: b\nwhole: t\nshare: share.b");

    private static IReadOnlyDictionary<string, IReadOnlyList<Suggestion>> Suggest(TestReport report)
    {
        var (run, diagnostics) = report.Check();
        diagnostics.Should().BeEmpty();
        return Localiser.Suggest(run!);
    }

    [Test]
    public void The_table_as_built_is_consistent_and_needs_no_suggestion()
    {
        Suggest(Table()).Should().BeEmpty();
    }

    [Test]
    public void A_mistyped_digit_in_a_part_is_found_from_the_sum_and_the_share_that_both_fail()
    {
        var suggestions = Suggest(Table(a: "191.5"));

        suggestions.Keys.Should().BeEquivalentTo("sum.t", "share.a");
        foreach (var id in new[] { "sum.t", "share.a" })
        {
            var best = suggestions[id][0];
            best.FactId.Should().Be("a");
            best.Current.Should().Be("191.5");
            best.Suggested.Should().Be("197.5");
            best.Slip.Should().Be(SlipKind.DigitTyped);
            best.ChecksMended.Should().BeEquivalentTo("sum.t", "share.a");
            best.Mends!.Value.Contains(197.5m).Should().BeTrue();
        }
    }

    [Test]
    public void Only_the_part_mends_both_failing_checks_so_it_is_the_only_candidate()
    {
        Suggest(Table(a: "191.5"))["sum.t"].Select(s => s.FactId).Should().Equal("a");
    }

    [Test]
    public void Two_swapped_digits_are_found()
    {
        var best = Suggest(Table(a: "179.5"))["share.a"][0];
        (best.FactId, best.Suggested, best.Slip).Should().Be(("a", "197.5", SlipKind.DigitsSwapped));
    }

    [Test]
    public void Two_swapped_figures_are_each_localised_to_the_other_ones_value()
    {
        var suggestions = Suggest(Table(shareA: "60.5", shareB: "39.5"));

        var a = suggestions["share.a"][0];
        (a.FactId, a.Suggested, a.Slip, a.OtherFactId).Should().Be(("share.a", "39.5", SlipKind.SwappedFigures, "share.b"));
        var b = suggestions["share.b"][0];
        (b.FactId, b.Suggested, b.Slip, b.OtherFactId).Should().Be(("share.b", "60.5", SlipKind.SwappedFigures, "share.a"));
    }

    [Test]
    public void A_share_computed_against_the_wrong_total_is_found_with_the_total_it_used()
    {
        // 197.5 / 400.0 = 49.375 %, written 49.4 %; against the right total 500.0 it is 39.5 %.
        var best = Suggest(Table(shareA: "49.4"))["share.a"][0];
        (best.FactId, best.Suggested, best.Slip, best.OtherFactId).Should().Be(("share.a", "39.5", SlipKind.WrongTotal, "u"));
    }

    [Test]
    public void A_share_computed_against_last_years_total_is_found_through_the_derived_total()
    {
        // Last year's total is 500.0 / 1.25 = 400.0 (derived from the growth); 197.5 / 400.0 = 49.4 %.
        var best = Suggest(new TestReport()
                .Fact("a", "197.5").Fact("t", "500.0").Fact("g", "25.0", "%").Fact("share.a", "49.4", "%")
                .Derived("t.prev", "prev(t, g)")
                .Rule("id: share.a\nkind: share\npart: a\nwhole: t\nshare: share.a"))["share.a"]
            .Single(s => s.FactId == "share.a");
        (best.Suggested, best.Slip, best.OtherFactId).Should().Be(("39.5", SlipKind.WrongTotal, "t.prev"));
    }

    [Test]
    public void A_figure_no_slip_explains_gets_the_written_value_nearest_the_middle_of_the_values_that_mend_it()
    {
        // 1.1 + 2.2 reach [3.2, 3.4]; 4.9 is no slip of any of them: the suggestion is 3.3.
        var best = Suggest(new TestReport().Fact("x", "1.1").Fact("y", "2.2").Fact("total", "4.9")
            .Rule("id: s\nkind: sum\nparts: [x, y]\ntotal: total"))["s"].Single(s => s.FactId == "total");
        (best.Suggested, best.Slip).Should().Be(("3.3", SlipKind.Nearest));
        // The solver places each bound inside the mending values, to a thousandth of the last written digit.
        best.Mends!.Value.Lo.Should().BeInRange(3.2m, 3.2001m);
        best.Mends!.Value.Hi.Should().BeInRange(3.3999m, 3.4m);
    }

    [Test]
    public void A_slip_whose_value_only_touches_the_mending_values_yields_to_a_value_inside_them()
    {
        // 27.9 + 5.1 + x = 68.4 and x = 51.8 % of 68.4 put x in [35.37, 35.49]: 36.5 → 35.5 would be
        // one digit, but 35.5 only reaches that range through its rounding; 35.4 lies inside it.
        var best = Suggest(new TestReport()
                .Fact("ito", "27.9").Fact("bpo", "5.1").Fact("kpo", "36.5").Fact("all", "68.4").Fact("share.kpo", "51.8", "%")
                .Rule("id: sum\nkind: sum\nparts: [ito, bpo, kpo]\ntotal: all")
                .Rule("id: share\nkind: share\npart: kpo\nwhole: all\nshare: share.kpo"))["sum"][0];
        (best.FactId, best.Suggested).Should().Be(("kpo", "35.4"));
    }

    [Test]
    public void When_no_single_figure_mends_every_check_two_figures_must_change()
    {
        // 100.0 + 200.0 is not 310.0, but each share agrees with 310.0: changing any one figure
        // breaks a share or leaves the sum failing.
        var suggestions = Suggest(new TestReport()
            .Fact("a", "100.0").Fact("b", "200.0").Fact("t", "310.0")
            .Fact("share.a", "32.3", "%").Fact("share.b", "64.5", "%")
            .Rule("id: sum.t\nkind: sum\nparts: [a, b]\ntotal: t")
            .Rule("id: share.a\nkind: share\npart: a\nwhole: t\nshare: share.a")
            .Rule("id: share.b\nkind: share\npart: b\nwhole: t\nshare: share.b"));

        suggestions["sum.t"].Should().ContainSingle().Which.Slip.Should().Be(SlipKind.TwoFigures);
    }

    [Test]
    public void A_figure_stated_twice_and_wrong_in_both_places_is_suggested_for_both()
    {
        // 801.8 / 2264.8 = 35.40 %, written 35.5 % twice (the text and the structure ratio): no
        // single statement can change alone, since the two must agree; the amounts add up.
        var suggestions = Suggest(new TestReport()
            .Fact("ito", "1009.4").Fact("bpo", "453.6").Fact("kpo", "801.8").Fact("all", "2264.8")
            .Rule("id: sum\nkind: sum\nparts: [ito, bpo, kpo]\ntotal: all")
            .Fact("ratio.kpo", "35.5", "%", measure: "execution.share", dims: "category: KPO")
            .Fact("share.kpo", "35.5", "%", measure: "execution.share", dims: "category: KPO")
            .Rule("id: share\nkind: share\npart: kpo\nwhole: all\nshare: share.kpo"));

        suggestions["share"].Take(2).Select(s => (s.FactId, s.Suggested, s.Slip)).Should().BeEquivalentTo(new[]
        {
            ("share.kpo", "35.4", SlipKind.StatedTwice), ("ratio.kpo", "35.4", SlipKind.StatedTwice),
        });
    }

    [Test]
    public void Two_parts_swapped_with_each_other_are_suggested_together()
    {
        // The parts' growths say a is the larger this year: 300.0 and 100.0 were written in each other's rows.
        var suggestions = Suggest(new TestReport()
            .Fact("a", "100.0").Fact("b", "300.0").Fact("t", "400.0")
            .Fact("a.prev", "250.0").Fact("b.prev", "80.0")
            .Fact("g.a", "20.0", "%").Fact("g.b", "25.0", "%")
            .Rule("id: sum.t\nkind: sum\nparts: [a, b]\ntotal: t")
            .Rule("id: growth.a\nkind: growth\ncurrent: a\nprevious: a.prev\ngrowth: g.a")
            .Rule("id: growth.b\nkind: growth\ncurrent: b\nprevious: b.prev\ngrowth: g.b"));

        var list = suggestions["growth.a"];
        list.Take(2).Select(s => (s.FactId, s.Suggested, s.Slip))
            .Should().Equal(("a", "300.0", SlipKind.SwappedFigures), ("b", "100.0", SlipKind.SwappedFigures));
        list[0].ChecksMended.Should().BeEquivalentTo("growth.a", "growth.b");
        list.Skip(2).Should().OnlyContain(s => s.ChecksMended.Count == 1, "a growth rate alone mends only its own check, ranked after");
    }

    [Test]
    public void A_growth_figure_is_solved_by_bisection_through_a_division()
    {
        // 829.9 / 655.8 - 1 = 26.55 %: the growth written 28.6 % has one digit wrong.
        var best = Suggest(new TestReport().Fact("cur", "829.9").Fact("prev", "655.8").Fact("g", "28.6", "%")
            .Rule("id: s\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: g"))["s"].Single(s => s.FactId == "g");
        best.Suggested.Should().Be("26.6");
        best.Slip.Should().Be(SlipKind.DigitTyped);
        best.Mends!.Value.Lo.Should().BeApproximately(26.530m, 0.001m);
        best.Mends!.Value.Hi.Should().BeApproximately(26.565m, 0.001m);
    }

    [Test]
    public void A_previous_value_in_a_denominator_is_solved_too()
    {
        var best = Suggest(new TestReport().Fact("cur", "829.9").Fact("prev", "625.8").Fact("g", "26.6", "%")
            .Rule("id: s\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: g"))["s"].Single(s => s.FactId == "prev");
        (best.Suggested, best.Slip).Should().Be(("655.8", SlipKind.DigitTyped));
    }

    [Test]
    public void Acknowledged_discrepancies_get_suggestions_too()
    {
        var suggestions = Suggest(Table(a: "191.5")
            .Acknowledge("sum.t", "a: \"191.5\"", "reviewed"));
        suggestions["sum.t"][0].Suggested.Should().Be("197.5");
    }

    [Test]
    public void A_decline_is_suggested_as_written_with_its_sign()
    {
        // 73.3 / 100.0 - 1 = -26.7 %: 下降 28.7 % has one digit wrong.
        var best = Suggest(new TestReport().Fact("cur", "73.3").Fact("prev", "100.0").Fact("g", "28.7", "%", qualifiers: "decline")
            .Rule("id: s\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: g"))["s"].Single(s => s.FactId == "g");
        (best.Current, best.Suggested).Should().Be(("-28.7", "-26.7"));
    }
}
