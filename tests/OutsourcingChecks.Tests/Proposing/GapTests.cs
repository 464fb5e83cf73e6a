using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Proposing;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Proposing;

/// <summary>
/// A gap between two growth rates (增速高 N 个百分点) is proposed as this growth minus the one its
/// <c>than</c> names: the nation's, the total of the quantity's own domain (a group of cities), or the
/// total of one of its own values (than: market, Hong Kong's growth for Hong Kong's KPO).
/// </summary>
[TestFixture]
public class GapTests
{
    private static TestReport Growth(TestReport r, string id, string value, string dims) => r.Fact(id, value, "%", "execution.growth", dims, "2021");

    private static TestReport Gap(TestReport r, string id, string value, string dims) => r.Fact(id, value, "个百分点", "execution.growth.gap", dims, "2021");

    /// <summary>The fact the proposed gap of <paramref name="gap"/> subtracts, and the proposal's status.</summary>
    private static (string Before, ProposalStatus Status) Proposed(TestReport r, string gap)
    {
        var paths = r.Write();
        var (report, diagnostics) = ReportLoader.Load(paths);
        diagnostics.Should().BeEmpty();
        var p = ProposalEvaluator.Propose(report!, Vocabulary.BuiltIn).New
            .Single(p => p.Rule.Kind == "points" && p.Rule.Fields.Single(f => f.Name == "points").Items.Single() == gap);
        return (p.Rule.Fields.Single(f => f.Name == "before").Items.Single(), p.Status);
    }

    private static TestReport Nation() => Growth(new TestReport(), "all", "10.0", "scope: all, category: all");

    [Test]
    public void Than_all_is_the_nations_growth()
    {
        var r = Gap(Growth(Nation(), "ito", "15.0", "category: ITO"), "gap", "5.0", "category: ITO, than: all");
        Proposed(r, "gap").Should().Be(("all", ProposalStatus.Consistent));
    }

    [Test]
    public void Than_all_within_a_group_is_the_groups_growth()
    {
        // the demonstration cities' BPO grew 5.0 points faster than the demonstration cities (20.0 %), not than the nation (10.0 %)
        var r = Growth(Growth(Nation(), "demo", "20.0", "group: demo_cities"), "demo.bpo", "25.0", "category: BPO, group: demo_cities");
        Proposed(Gap(r, "gap", "5.0", "category: BPO, group: demo_cities, than: all"), "gap").Should().Be(("demo", ProposalStatus.Consistent));
    }

    [Test]
    public void Than_all_for_an_industry_is_still_the_nations_growth()
    {
        var r = Gap(Growth(Nation(), "mfg", "12.0", "industry: manufacturing"), "gap", "2.0", "industry: manufacturing, than: all");
        Proposed(r, "gap").Should().Be(("all", ProposalStatus.Consistent));
    }

    [Test]
    public void Than_a_key_of_the_quantity_is_the_growth_of_its_value_there()
    {
        // 承接香港 KPO 增长 45.0%，较内地承接香港服务外包执行额增速高 18.3 个百分点
        var r = Growth(Growth(Nation(), "hk", "26.7", "market: hong_kong"), "hk.kpo", "45.0", "category: KPO, market: hong_kong");
        Proposed(Gap(r, "gap", "18.3", "category: KPO, market: hong_kong, than: market"), "gap").Should().Be(("hk", ProposalStatus.Consistent));
    }
}
