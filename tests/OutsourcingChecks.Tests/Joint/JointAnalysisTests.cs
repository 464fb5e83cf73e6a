using FluentAssertions;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Joint;

/// <summary>
/// Statements that each hold alone but not together are one finding of kind joint, naming the
/// minimal set of checks; their corrected versions are consistent.
/// </summary>
[TestFixture]
public class JointAnalysisTests
{
    /// <summary>
    /// Issue 13, case 1: total 250.0 (+8.0 %), a part 90.0 (+15.0 %), its share 36.0 %, 比上年提高
    /// 2.3 个百分点. With the stated share the change may be 2.085-2.297; but the share is part /
    /// total, and last year's share uses the same part and total: the change is 2.159-2.223.
    /// </summary>
    private static TestReport ShareAndItsChange(string points) =>
        new TestReport()
            .Fact("t", "250.0").Fact("gt", "8.0", "%").Fact("p", "90.0").Fact("gp", "15.0", "%")
            .Fact("s", "36.0", "%").Fact("d", points, "个百分点")
            .Derived("t0", "prev(t, gt)").Derived("p0", "prev(p, gp)")
            .Rule("id: share\nkind: share\npart: p\nwhole: t\nshare: s")
            .Rule("id: change\nkind: points\nnow: s\nbefore: p0 / t0\npoints: d");

    [Test]
    public void A_share_and_its_change_that_hold_alone_but_not_together_are_one_joint_finding()
    {
        var (run, diagnostics) = ShareAndItsChange("2.3").Check();
        diagnostics.Should().BeEmpty();
        run!.Findings.Single(f => f.Id == "share").Status.Should().Be(FindingStatus.Consistent);
        run.Findings.Single(f => f.Id == "change").Status.Should().Be(FindingStatus.Consistent);
        var joint = run.Findings.Single(f => f.Kind == "joint");
        joint.Id.Should().Be("joint.change+share");
        joint.Status.Should().Be(FindingStatus.Inconsistent);
        ((JointCheck)joint.Check).Statements.Select(c => c.Id).Should().Equal("change", "share");
        joint.Stated.Should().Be("2.3 个百分点");
        // The true change is (p/t)·(1 - (1+g_t)/(1+g_p)): 2.1594-2.2231 for every true value.
        joint.Implied!.Value.Lo.Should().BeInRange(2.155m, 2.1594m);
        joint.Implied!.Value.Hi.Should().BeInRange(2.2231m, 2.227m);
        joint.Message.Should().MatchRegex(@"d must lie in \[2\.1\d\d, 2\.22\d\] 个百分点; 2\.3 个百分点 is stated \(line 7\)");
    }

    /// <summary>
    /// A dense group: 30 figures written 1.0 and d = 0.01, with a_j = a_i + d for every pair (435
    /// statements, each holding alone, all naming d). Every pair of them could be combined, some
    /// 12,000 composites per proof; at most <c>Composite.MaxComposites</c> are made for one set,
    /// each once for the group. Fewer composites only prove less: what is found is still proved.
    /// </summary>
    [Test]
    public void A_dense_group_of_statements_that_all_name_one_figure_is_still_proved_inconsistent()
    {
        const int m = 30;
        var report = new TestReport().Fact("d", "0.01");
        for (var i = 0; i < m; i++) report.Fact($"a{i}", "1.0");
        for (var i = 0; i < m; i++)
            for (var j = i + 1; j < m; j++)
                report.Rule($"id: r{i}_{j}\nkind: sum\nparts: [a{i}, d]\ntotal: a{j}");
        var (run, diagnostics) = report.Check();
        diagnostics.Should().BeEmpty();
        run!.Findings.Where(f => f.Kind == "sum").Should().OnlyContain(f => f.Status == FindingStatus.Consistent);
        var joint = run.Findings.Where(f => f.Kind == "joint").ToList();
        joint.Should().NotBeEmpty().And.OnlyContain(f => f.Status == FindingStatus.Inconsistent);
        joint.Should().OnlyContain(f => ((JointCheck)f.Check).Statements.Count >= 2);
    }

    [Test]
    public void The_same_share_and_change_with_the_change_corrected_are_consistent() =>
        ShareAndItsChange("2.2").Check().Run!.Findings.Should().NotContain(f => f.Kind == "joint");

    /// <summary>
    /// Issue 13, case 2: a 20.1 + b 28.4 = total 48.6, and the total is 60.9 % of w 80.0. The sum
    /// allows the total only up to 48.6; the share alone passes at the edge, but with the total at
    /// most 48.6 the share is at most 60.79 %.
    /// </summary>
    private static TestReport SumWhoseTotalEntersAShare(string share) =>
        new TestReport()
            .Fact("a", "20.1").Fact("b", "28.4").Fact("t", "48.6").Fact("w", "80.0").Fact("s", share, "%")
            .Rule("id: sum\nkind: sum\nparts: [a, b]\ntotal: t")
            .Rule("id: share\nkind: share\npart: t\nwhole: w\nshare: s");

    [Test]
    public void A_sum_whose_total_enters_a_share_is_a_joint_finding_when_the_share_needs_a_larger_total()
    {
        var run = SumWhoseTotalEntersAShare("60.9").Check().Run!;
        run.Findings.Where(f => f.Kind != "joint").Should().OnlyContain(f => f.Status == FindingStatus.Consistent);
        var joint = run.Findings.Single(f => f.Kind == "joint");
        joint.Id.Should().Be("joint.share+sum");
        joint.Figures.Select(f => f.Id).Should().BeEquivalentTo(["a", "b", "t", "w", "s"]);
    }

    [Test]
    public void The_same_sum_and_share_with_the_share_corrected_are_consistent() =>
        SumWhoseTotalEntersAShare("60.7").Check().Run!.Findings.Should().NotContain(f => f.Kind == "joint");

    /// <summary>Three parts, their total and each part's share: p1 written 381.2 for 381.4.</summary>
    private static TestReport Structure(string p1) =>
        new TestReport()
            .Fact("p1", p1).Fact("p2", "34.5").Fact("p3", "585.5").Fact("total", "1001.4")
            .Fact("s1", "38.1", "%").Fact("s2", "3.4", "%").Fact("s3", "58.5", "%")
            .Rule("id: sum\nkind: sum\nparts: [p1, p2, p3]\ntotal: total")
            .Rule("id: share1\nkind: share\npart: p1\nwhole: total\nshare: s1")
            .Rule("id: share2\nkind: share\npart: p2\nwhole: total\nshare: s2")
            .Rule("id: share3\nkind: share\npart: p3\nwhole: total\nshare: s3");

    /// <summary>A total and its parts, and last year's values derived from each one's growth: ga written 20.9 % for 20.6 %.</summary>
    private static TestReport GrowthOfParts(string ga) =>
        new TestReport()
            .Fact("a", "830.9").Fact("b", "823.7").Fact("ga", ga, "%").Fact("gb", "2.2", "%").Fact("total", "1654.6").Fact("gt", "10.7", "%")
            .Derived("a0", "prev(a, ga)").Derived("b0", "prev(b, gb)").Derived("total0", "prev(total, gt)")
            .Rule("id: sum.2021\nkind: sum\nparts: [a, b]\ntotal: total")
            .Rule("id: sum.2020\nkind: sum\nparts: [a0, b0]\ntotal: total0");

    /// <summary>A total stated twice, once as the sum of its parts and once as a share's part: a written 19.0 for 19.1.</summary>
    private static TestReport StatedTwice(string a) =>
        new TestReport()
            .Fact("a", a).Fact("b", "41.4").Fact("w", "149.7").Fact("total", "60.5").Fact("total.again", "60.5").Fact("s", "40.5", "%")
            .Rule("id: sum\nkind: sum\nparts: [a, b]\ntotal: total")
            .Rule("id: share\nkind: share\npart: total.again\nwhole: w\nshare: s")
            .Rule("id: same.total\nkind: same\nfacts: [total, total.again]");

    public static IEnumerable<TestCaseData> Slips()
    {
        // 381.2 + 34.5 + 585.5 reaches 1001.35 at most, the total's least; the shares of p1 and p2
        // each need more: either with the sum is a minimal set (the first in the ids' order is reported).
        yield return new TestCaseData(Structure("381.2"), Structure("381.4"), new[] { "share2", "sum" })
            .SetName("shares within a structure whose amounts are given: a part 2 digits off");
        yield return new TestCaseData(GrowthOfParts("20.9"), GrowthOfParts("20.6"), new[] { "sum.2020", "sum.2021" })
            .SetName("growth of a total against growth of its parts: a part's growth 3 digits off");
        yield return new TestCaseData(StatedTwice("19.0"), StatedTwice("19.1"), new[] { "same.total", "share", "sum" })
            .SetName("a quantity stated twice and used in two checks: a part 1 digit off");
        yield return new TestCaseData(ShareAndItsChange("2.3"), ShareAndItsChange("2.2"), new[] { "change", "share" })
            .SetName("a share and its change: the change 1 digit off");
        yield return new TestCaseData(SumWhoseTotalEntersAShare("60.9"), SumWhoseTotalEntersAShare("60.7"), new[] { "share", "sum" })
            .SetName("a sum whose total enters a share: the share 2 digits off");
    }

    [TestCaseSource(nameof(Slips))]
    public void A_slip_every_check_passes_alone_is_one_joint_finding_of_the_minimal_set_and_its_correction_is_consistent(
        TestReport slipped, TestReport corrected, string[] statements)
    {
        var run = slipped.Check().Run!;
        run.Findings.Where(f => f.Kind != "joint").Should().OnlyContain(f => f.Status == FindingStatus.Consistent, "every check holds alone");
        var joint = run.Findings.Should().ContainSingle(f => f.Kind == "joint").Subject;
        ((JointCheck)joint.Check).Statements.Select(c => c.Id).Should().Equal(statements);
        joint.Id.Should().Be("joint." + string.Join("+", statements));
        corrected.Check().Run!.Findings.Should().OnlyContain(f => f.Status == FindingStatus.Consistent);
    }

    [Test]
    public void Removing_any_statement_of_a_joint_finding_leaves_the_rest_consistent()
    {
        var rules = new[]
        {
            "id: sum\nkind: sum\nparts: [a, b]\ntotal: t",
            "id: share\nkind: share\npart: t\nwhole: w\nshare: s",
        };
        foreach (var kept in rules)
        {
            var report = new TestReport().Fact("a", "20.1").Fact("b", "28.4").Fact("t", "48.6").Fact("w", "80.0").Fact("s", "60.9", "%").Rule(kept);
            report.Check().Run!.Findings.Should().OnlyContain(f => f.Status == FindingStatus.Consistent, kept);
        }
    }

    [Test]
    public void The_id_of_a_joint_finding_does_not_depend_on_the_order_of_the_rules()
    {
        var reversed = new TestReport()
            .Fact("a", "20.1").Fact("b", "28.4").Fact("t", "48.6").Fact("w", "80.0").Fact("s", "60.9", "%")
            .Rule("id: share\nkind: share\npart: t\nwhole: w\nshare: s")
            .Rule("id: sum\nkind: sum\nparts: [a, b]\ntotal: t");
        reversed.Check().Run!.Findings.Single(f => f.Kind == "joint").Id.Should().Be("joint.share+sum");
    }

    [Test]
    public void A_joint_finding_is_acknowledged_like_any_other_while_its_figures_stay_as_written()
    {
        var run = SumWhoseTotalEntersAShare("60.9")
            .Acknowledge("joint.share+sum", "a: \"20.1\", b: \"28.4\", t: \"48.6\", w: \"80.0\", s: \"60.9\"", "reviewed")
            .Check().Run!;
        run.Findings.Single(f => f.Kind == "joint").Status.Should().Be(FindingStatus.Acknowledged);
        run.StaleAcknowledgements.Should().BeEmpty();
    }

    [Test]
    public void Without_the_joint_stage_each_check_is_judged_alone()
    {
        var (report, _) = OutsourcingChecks.Loading.ReportLoader.Load(SumWhoseTotalEntersAShare("60.9").Write());
        OutsourcingChecks.Evaluation.Engine.Run(report!, joint: false).Findings.Should().OnlyContain(f => f.Status == FindingStatus.Consistent);
        OutsourcingChecks.Evaluation.Engine.Run(report!).Findings.Should().Contain(f => f.Kind == "joint");
    }

    [Test]
    public void Each_figure_of_a_joint_finding_shows_what_the_others_force_on_it()
    {
        var joint = SumWhoseTotalEntersAShare("60.9").Finding("joint.share+sum");
        var figures = joint.Joint!.Figures.ToDictionary(f => f.Figure.Id);
        // With the total at most 48.6 (the sum) and w at least 79.95, the share is at most 60.79 %.
        figures["s"].Forced!.Value.Hi.Should().BeInRange(60.78m, 60.80m);
        figures["s"].Written.Should().Be(new OutsourcingChecks.Intervals.Interval(60.85m, 60.95m));
        // b must be at least 48.648 - 20.15 = 28.498: 1.0 of its last digit away, nearer than the share's 1.1.
        figures["b"].Forced!.Value.Lo.Should().BeInRange(28.49m, 28.50m);
        joint.Stated.Should().Be("28.4 亿美元");
        joint.Margin.Should().Be(1.0m);
    }
}
