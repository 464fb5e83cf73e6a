using FluentAssertions;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.ErrorLocalisation;

/// <summary>
/// Every rule kind with one figure written wrong: the figure is solved for through the kind's
/// arithmetic (division, powers, roots, derived quantities, qualifiers) and the suggestion mends it.
/// </summary>
[TestFixture]
public class EveryKindTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(new TestReport().Fact("cur", "88.0").Fact("prev", "22.6").Fact("m", "3.9", "倍")
            .Rule("id: s\nkind: multiple\ncurrent: cur\nprevious: prev\nmultiple: m"), "m", "2.9").SetName("multiple: 增长 3.9 倍 should be 2.9");
        yield return new TestCaseData(new TestReport().Fact("start", "100").Fact("end", "161.1").Fact("r", "19.0", "%")
            .Rule("id: s\nkind: cagr\nstart: start\nend: end\nyears: 5\nrate: r"), "r", "10.0").SetName("cagr: 19.0 % a year should be 10.0");
        yield return new TestCaseData(new TestReport().Fact("start", "100").Fact("end", "611.1").Fact("r", "10.0", "%")
            .Rule("id: s\nkind: cagr\nstart: start\nend: end\nyears: 5\nrate: r"), "end", "161.1").SetName("cagr: an end value solved through a fifth root");
        yield return new TestCaseData(new TestReport().Fact("now", "44.5", "%").Fact("before", "46.3", "%").Fact("p", "1.3", "个百分点", qualifiers: "decline")
            .Rule("id: s\nkind: points\nnow: now\nbefore: before\npoints: p"), "p", "-1.8").SetName("points: 下降 1.3 should be 下降 1.8");
        yield return new TestCaseData(new TestReport().Fact("cur", "2264.8").Fact("g", "29.2", "%").Fact("g2", "39.2", "%")
            .Derived("prev", "prev(cur, g)")
            .Rule("id: s\nkind: expression\nexpr: \"g2 = cur / prev - 1\""), "g2", "29.2").SetName("expression: through a derived prior-year value");
        yield return new TestCaseData(new TestReport().Fact("l", "1240", "家").Fact("r", "1300", "家")
            .Rule("id: s\nkind: bound\nleft: l\nop: \">\"\nright: r"), "l", "1340").SetName("bound: 1240 > 1300 mended by the nearest typed digit");
        yield return new TestCaseData(new TestReport().Fact("a", "7518.9", "万美元", measure: "x").Fact("b", "0.7", "亿美元", measure: "x"),
            "b", "0.8").SetName("same quantity across units: 0.7 亿美元 should be 0.8");
    }

    [TestCaseSource(nameof(Cases))]
    public void The_wrong_figure_is_found_with_a_value_that_mends_it(TestReport report, string fact, string suggested)
    {
        var (run, diagnostics) = report.Check();
        diagnostics.Should().BeEmpty();
        var failing = run!.Findings.Where(f => f.Fails).ToList();
        failing.Should().ContainSingle();

        var suggestions = Localiser.Suggest(run)[failing[0].Id];
        suggestions.Should().Contain(s => s.FactId == fact && s.Suggested == suggested);
        Grader.Verdicts(run).Single(v => v.FindingId == failing[0].Id).Grade.Should().Be(Grade.Inconsistent);
    }

    [Test]
    public void Figures_with_qualifiers_and_empty_reports_do_not_break_localisation()
    {
        var (run, diagnostics) = new TestReport()
            .Fact("a", "1.1", qualifiers: "about").Fact("b", "2.2", qualifiers: "more-than").Fact("t", "9.9", qualifiers: "nearly")
            .Fact("z", "0")
            .Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Rule("id: zero\nkind: sum\nparts: [z, z]\ntotal: z")
            .Check();
        diagnostics.Should().BeEmpty();
        var act = () => (Localiser.Suggest(run!), Grader.Verdicts(run!));
        act.Should().NotThrow();
    }
}
