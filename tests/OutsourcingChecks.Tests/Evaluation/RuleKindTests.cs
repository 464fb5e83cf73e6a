using FluentAssertions;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Evaluation;

/// <summary>
/// Every rule kind on both sides of the rounding boundary: a figure that rounding can explain is
/// consistent, one just beyond what rounding allows is not.
/// </summary>
[TestFixture]
public class RuleKindTests
{
    private const FindingStatus Consistent = FindingStatus.Consistent;
    private const FindingStatus Inconsistent = FindingStatus.Inconsistent;

    // Parts [1.05,1.15] + [2.15,2.25] reach [3.2, 3.4].
    [TestCase("3.3", Consistent, TestName = "sum: 1.1 + 2.2 = 3.3 exactly")]
    [TestCase("3.4", Consistent, TestName = "sum: 3.4 is just reachable through rounding")]
    [TestCase("3.5", Inconsistent, TestName = "sum: 3.5 is just beyond rounding")]
    [TestCase("3.2", Consistent, TestName = "sum: 3.2 is just reachable from below")]
    [TestCase("3.1", Inconsistent, TestName = "sum: 3.1 is just below")]
    public void Sum(string total, FindingStatus expected) =>
        new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", total)
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Status("s").Should().Be(expected);

    [TestCase("4.0", Consistent, TestName = "sum, not exhaustive: parts may fall short of the total")]
    [TestCase("3.2", Consistent, TestName = "sum, not exhaustive: parts may just reach the total")]
    [TestCase("3.1", Inconsistent, TestName = "sum, not exhaustive: parts may not exceed the total")]
    public void Sum_not_exhaustive(string total, FindingStatus expected) =>
        new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", total)
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t\nexhaustive: false")
            .Status("s").Should().Be(expected);

    // Part [0.95,1.05] over whole [2.95,3.05] reaches [31.15 %, 35.59 %].
    [TestCase("33.3", Consistent, TestName = "share: 1.0 / 3.0 = 33.3 %")]
    [TestCase("35.6", Consistent, TestName = "share: 35.6 % is just reachable")]
    [TestCase("35.7", Inconsistent, TestName = "share: 35.7 % is just beyond")]
    [TestCase("31.1", Consistent, TestName = "share: 31.1 % is just reachable from below")]
    [TestCase("31.0", Inconsistent, TestName = "share: 31.0 % is just below")]
    public void Share(string share, FindingStatus expected) =>
        new TestReport().Fact("part", "1.0").Fact("whole", "3.0").Fact("sh", share, "%")
            .Rule("id: s\nkind: share\npart: part\nwhole: whole\nshare: sh")
            .Status("s").Should().Be(expected);

    // Table 3-1: 829.9 / 655.8 - 1 = 26.55 %; true values reach [26.530 %, 26.565 %].
    [TestCase("26.6", Consistent, TestName = "growth: the table 3-1 case, 26.6 % is consistent through rounding")]
    [TestCase("26.5", Consistent, TestName = "growth: 26.5 % is consistent from below")]
    [TestCase("26.7", Inconsistent, TestName = "growth: 26.7 % is just beyond")]
    [TestCase("26.4", Inconsistent, TestName = "growth: 26.4 % is just below")]
    public void Growth(string growth, FindingStatus expected) =>
        new TestReport().Fact("cur", "829.9").Fact("prev", "655.8").Fact("g", growth, "%")
            .Rule("id: s\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: g")
            .Status("s").Should().Be(expected);

    [TestCase("26.7", "decline", Consistent, TestName = "growth: 下降 26.7 % is a growth of -26.7 %")]
    [TestCase("26.7", null, Inconsistent, TestName = "growth: without the decline, +26.7 % is wrong")]
    public void Decline(string growth, string? qualifier, FindingStatus expected) =>
        new TestReport().Fact("cur", "73.3").Fact("prev", "100.0").Fact("g", growth, "%", qualifiers: qualifier)
            .Rule("id: s\nkind: growth\ncurrent: cur\nprevious: prev\ngrowth: g")
            .Status("s").Should().Be(expected);

    // 44.5 - 46.3 = -1.8; true values reach [-1.9, -1.7].
    [TestCase("1.8", Consistent, TestName = "points: 下降 1.8 个百分点 exactly")]
    [TestCase("1.9", Consistent, TestName = "points: 下降 1.9 is just reachable")]
    [TestCase("2.0", Inconsistent, TestName = "points: 下降 2.0 is just beyond")]
    public void Points(string points, FindingStatus expected) =>
        new TestReport().Fact("now", "44.5", "%").Fact("before", "46.3", "%").Fact("p", points, "个百分点", qualifiers: "decline")
            .Rule("id: s\nkind: points\nnow: now\nbefore: before\npoints: p")
            .Status("s").Should().Be(expected);

    // 88.0 / 22.6 - 1 = 2.894: 增长 2.9 倍.
    [TestCase("22.6", Consistent, TestName = "multiple: 增长 2.9 倍 from 22.6 to 88.0")]
    [TestCase("22.0", Inconsistent, TestName = "multiple: from 22.0 the growth is 3.0 倍, not 2.9")]
    public void Multiple(string previous, FindingStatus expected) =>
        new TestReport().Fact("cur", "88.0").Fact("prev", previous).Fact("m", "2.9", "倍")
            .Rule("id: s\nkind: multiple\ncurrent: cur\nprevious: prev\nmultiple: m")
            .Status("s").Should().Be(expected);

    [TestCase("2.0", Consistent, TestName = "multiple, ratio mode: 是 2.0 倍")]
    [TestCase("2.2", Inconsistent, TestName = "multiple, ratio mode: 2.2 倍 is wrong")]
    public void Multiple_ratio(string multiple, FindingStatus expected) =>
        new TestReport().Fact("cur", "40.0").Fact("prev", "20.0").Fact("m", multiple, "倍")
            .Rule("id: s\nkind: multiple\ncurrent: cur\nprevious: prev\nmultiple: m\nmode: ratio")
            .Status("s").Should().Be(expected);

    // 100 → 161.1 over 5 steps: 1.1^5 = 1.61051; true values reach [9.89 %, 10.11 %].
    [TestCase("10.0", Consistent, TestName = "cagr: 10.0 % a year over five years")]
    [TestCase("10.1", Consistent, TestName = "cagr: 10.1 % is just reachable")]
    [TestCase("10.2", Inconsistent, TestName = "cagr: 10.2 % is just beyond")]
    [TestCase("9.8", Inconsistent, TestName = "cagr: 9.8 % is just below")]
    public void Cagr(string rate, FindingStatus expected) =>
        new TestReport().Fact("start", "100").Fact("end", "161.1").Fact("r", rate, "%")
            .Rule("id: s\nkind: cagr\nstart: start\nend: end\nyears: 5\nrate: r")
            .Status("s").Should().Be(expected);

    [TestCase("1440", ">", "1000", Consistent, TestName = "bound: 1440 家 is more than 1000")]
    [TestCase("940", ">", "1000", Inconsistent, TestName = "bound: 940 家 is not more than 1000")]
    [TestCase("1000", ">=", "1000", Consistent, TestName = "bound: 1000 is at least 1000")]
    public void Bound(string left, string op, string right, FindingStatus expected) =>
        new TestReport().Fact("l", left, "家").Fact("r", right, "家")
            .Rule($"id: s\nkind: bound\nleft: l\nop: \"{op}\"\nright: r")
            .Status("s").Should().Be(expected);

    [TestCase("29.2", Consistent, TestName = "expression: a derived prior-year value reproduces the growth")]
    [TestCase("29.4", Inconsistent, TestName = "expression: a wrong growth is caught through the derived value")]
    public void Expression_with_derived(string growth, FindingStatus expected) =>
        new TestReport().Fact("cur", "2264.8").Fact("g", "29.2", "%").Fact("g2", growth, "%")
            .Derived("prev", "prev(cur, g)")
            .Rule("id: s\nkind: expression\nexpr: \"g2 = cur / prev - 1\"")
            .Status("s").Should().Be(expected);

    [Test]
    public void A_template_expands_into_one_check_per_value_with_stable_ids()
    {
        var report = new TestReport()
            .Fact("x.all", "3.3").Fact("x.a", "1.1").Fact("x.b", "2.2")
            .Fact("y.all", "5.0").Fact("y.a", "1.0").Fact("y.b", "3.0")
            .Rule("id: sum.{v}\nkind: sum\nfor: { v: [x, y] }\nparts: [\"{v}.a\", \"{v}.b\"]\ntotal: \"{v}.all\"");
        report.Status("sum.x").Should().Be(Consistent);
        report.Status("sum.y").Should().Be(Inconsistent);
    }

    // 1.61051 = 1.1^5: five yearly steps of 10 %; the span written as a figure (五年).
    [TestCase("5", "10.0", Consistent, TestName = "cagr: years named by a fact, 五 stands for five whole years")]
    [TestCase("5", "11.0", Inconsistent, TestName = "cagr: years named by a fact, 11.0 % over five years is wrong")]
    [TestCase("4", "12.6", Consistent, TestName = "cagr: years named by a fact, four years give 12.65 %")]
    public void Cagr_over_a_span_written_as_a_figure(string years, string rate, FindingStatus expected) =>
        new TestReport().Fact("start", "100.0").Fact("end", "161.1").Fact("span", years, "年").Fact("r", rate, "%")
            .Rule("id: s\nkind: cagr\nstart: start\nend: end\nyears: span\nrate: r")
            .Status("s").Should().Be(expected);
}
