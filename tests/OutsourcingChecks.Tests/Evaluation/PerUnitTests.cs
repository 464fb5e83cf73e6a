using FluentAssertions;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Evaluation;

/// <summary>
/// Figures per unit (人均, 每): dividing figures divides their units, so 亿元 over 万人次 is checked
/// against a figure in 元/人次 with the usual rounding intervals, whatever the scales; a per-unit
/// figure in a plain unit, persons for visits, or two currencies without a stated rate are errors.
/// </summary>
[TestFixture]
public class PerUnitTests
{
    private const FindingStatus Consistent = FindingStatus.Consistent;
    private const FindingStatus Inconsistent = FindingStatus.Inconsistent;

    private static readonly string Visits = "symbol: 人次, dimension: person-times";

    private static TestReport Spending(string spend, string unit = "元/人次") =>
        new TestReport().Units(Visits)
            .Fact("income", "10.0", "亿元").Fact("visits", "66.7", "万人次").Fact("spend", spend, unit)
            .Rule("id: q\nkind: quotient\nnumerator: income\ndenominator: visits\nquotient: spend");

    // 10.0 亿元 / 66.7 万人次: the written figures give 1499.25 元; the true values behind them,
    // [9.95, 10.05] 亿元 over [66.65, 66.75] 万人次, give [1490.64, 1507.88] 元 per visit.
    [TestCase("1499", Consistent, TestName = "quotient: 10.0 亿元 / 66.7 万人次 = 1499 元/人次")]
    [TestCase("1505", Consistent, TestName = "quotient: 1505 is consistent although the written figures give 1499.25 (a rounding trap)")]
    [TestCase("1508", Consistent, TestName = "quotient: 1508 is just reachable (1507.88 rounds to it)")]
    [TestCase("1509", Inconsistent, TestName = "quotient: 1509 is just beyond")]
    [TestCase("1491", Consistent, TestName = "quotient: 1491 is just reachable from below")]
    [TestCase("1490", Inconsistent, TestName = "quotient: 1490 is just below")]
    public void A_per_visit_figure_against_income_over_visits(string spend, FindingStatus expected) =>
        Spending(spend).Status("q").Should().Be(expected);

    [TestCase("0.15", "万元/人次", Consistent, TestName = "quotient: the same figure in 万元/人次 (0.15 万 is 1450-1550 元)")]
    [TestCase("0.16", "万元/人次", Inconsistent, TestName = "quotient: 0.16 万元/人次 is 1550-1650 元, beyond")]
    [TestCase("1499", "元/人次", Consistent, TestName = "quotient: in 元/人次")]
    [TestCase("14990000", "元/万人次", Consistent, TestName = "quotient: in 元/万人次 (per ten thousand visits)")]
    public void The_scales_of_both_units_convert_exactly(string spend, string unit, FindingStatus expected) =>
        Spending(spend, unit).Status("q").Should().Be(expected);

    [Test]
    public void A_finding_shows_the_implied_interval_in_the_stated_figures_unit()
    {
        var f = Spending("1509").Finding("q");
        f.DisplayUnit.Should().Be("元/人次");
        f.Implied!.Value.Lo.Should().BeApproximately(1490.64m, 0.01m);
        f.Implied!.Value.Hi.Should().BeApproximately(1507.88m, 0.01m);
        f.Message.Should().Contain("spend is stated as 1509 元/人次");
    }

    [Test]
    public void An_expression_rule_divides_units_the_same_way() =>
        new TestReport().Units(Visits)
            .Fact("income", "142.36", "亿元").Fact("visits", "1268.35", "万人次").Fact("spend", "1122", "元/人次")
            .Rule("id: e\nkind: expression\nexpr: spend = income / visits")
            .Status("e").Should().Be(Consistent);

    [Test]
    public void A_derived_quantity_may_be_declared_in_a_unit_per_unit() =>
        new TestReport().Units(Visits)
            .Fact("income", "10.0", "亿元").Fact("visits", "66.7", "万人次").Fact("spend", "1499", "元/人次")
            .Derived("per_visit", "income / visits", "元/人次")
            .Rule("id: s\nkind: same\nfacts: [per_visit, spend]")
            .Status("s").Should().Be(Consistent);

    [Test]
    public void Amounts_in_a_declared_unit_add_across_scales() =>
        new TestReport().Units(Visits)
            .Fact("a", "8000", "人次").Fact("b", "1.2", "万人次").Fact("t", "2.0", "万人次")
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Status("s").Should().Be(Consistent);

    [Test]
    public void A_per_unit_figure_in_a_plain_unit_is_a_unit_error_that_says_how_to_write_it()
    {
        var (_, diagnostics) = Spending("1499", "元").Check();
        var d = diagnostics.Should().ContainSingle().Which;
        d.Code.Should().Be("OC023");
        d.Message.Should().Contain("the stated side is in CNY but the other side gives CNY/person-times")
            .And.Contain("takes a unit per unit, such as 元/人");
    }

    [Test]
    public void Visits_are_not_persons()
    {
        var (_, diagnostics) = new TestReport().Units(Visits)
            .Fact("income", "10.0", "亿元").Fact("visitors", "66.7", "万人").Fact("spend", "1499", "元/人次")
            .Rule("id: q\nkind: quotient\nnumerator: income\ndenominator: visitors\nquotient: spend")
            .Check();
        diagnostics.Should().ContainSingle().Which.Message.Should().Contain("CNY/person-times but the other side gives CNY/person");
    }

    [Test]
    public void Two_currencies_do_not_add_and_the_error_says_how_to_convert()
    {
        var (_, diagnostics) = new TestReport()
            .Fact("usd", "3260", "万美元").Fact("cny", "2.30", "亿元").Fact("t", "3.0", "亿元")
            .Rule("id: s\nkind: sum\nparts: [usd, cny]\ntotal: t")
            .Check();
        var d = diagnostics.Should().ContainSingle().Which;
        d.Code.Should().Be("OC023");
        d.Message.Should().Contain("currencies stay apart").And.Contain("元/美元");
    }

    // 3260 万美元 × 7.05 元/美元 = 2.2983 亿元; the true values give [2.29632, 2.30028] 亿元.
    [TestCase("2.30", Consistent, TestName = "exchange rate: 3260 万美元 at 7.05 元/美元 is 2.30 亿元")]
    [TestCase("2.29", Inconsistent, TestName = "exchange rate: 2.29 亿元 is just below")]
    [TestCase("2.31", Inconsistent, TestName = "exchange rate: 2.31 亿元 is just beyond")]
    public void A_stated_exchange_rate_converts_like_any_other_figure(string cny, FindingStatus expected) =>
        new TestReport()
            .Fact("usd", "3260", "万美元").Fact("rate", "7.05", "元/美元").Fact("cny", cny, "亿元")
            .Rule("id: x\nkind: expression\nexpr: cny = usd * rate")
            .Status("x").Should().Be(expected);

    // 8.97 亿元 over 4820 间 (a declared unit) is 18.61 万元 per room; the true values give [18.5977, 18.6223].
    [TestCase("18.6", Consistent, TestName = "quotient: 8.97 亿元 / 4820 间 = 18.6 万元/间")]
    [TestCase("18.7", Inconsistent, TestName = "quotient: 18.7 万元/间 is beyond")]
    public void A_figure_per_unit_of_a_declared_thing(string perRoom, FindingStatus expected) =>
        new TestReport().Units("symbol: 间, dimension: rooms")
            .Fact("revenue", "8.97", "亿元").Fact("rooms", "4820", "间").Fact("per_room", perRoom, "万元/间")
            .Rule("id: q\nkind: quotient\nnumerator: revenue\ndenominator: rooms\nquotient: per_room")
            .Status("q").Should().Be(expected);
}
