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
}
