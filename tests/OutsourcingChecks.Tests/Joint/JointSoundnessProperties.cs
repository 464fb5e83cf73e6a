using FluentAssertions;
using OutsourcingChecks.Synthetic.Joint;

namespace OutsourcingChecks.Tests.Joint;

/// <summary>
/// Soundness of joint findings, by generated reports whose statements share figures (true values
/// drawn, every figure written rounded): a consistent report never gets a joint finding; with one
/// figure moved so that every check still passes alone, a joint finding comes only where the exact
/// oracle proves that no true values exist, and most such errors are caught. 150 reports per
/// family here; `benchmarks/run.sh` runs 20,000 (docs/benchmarks.md).
/// </summary>
[TestFixture]
public class JointSoundnessProperties
{
    private static IEnumerable<JointFamily> Families => JointFamily.All;

    [TestCaseSource(nameof(Families))]
    public void No_joint_finding_is_false_and_errors_that_pass_every_check_alone_are_caught(JointFamily family)
    {
        var misses = new List<string>();
        var t = JointSoundness.Run(family, 150, firstSeed: 1, (c, why) => misses.Add($"{why}: {c}"));
        t.FalseFindings.Should().Be(0, string.Join("\n", misses));
        t.DetectionRate.Should().BeGreaterThanOrEqualTo(0.9, string.Join("\n", misses));
        (t.OracleFeasible + t.JointOnly + t.Undecided).Should().Be(t.MovedPassingAlone);
    }

    [Test]
    public void The_oracle_finds_true_values_behind_a_consistent_report_and_none_behind_the_issue_s_first_case()
    {
        var consistent = JointCase.Draw(JointFamily.ShareAndItsChange, 10);
        JointOracle.Decide(consistent).Should().Be(JointTruth.Feasible);
        // Seed 10 moved: gp two digits up; every check passes alone, but no true values exist.
        var moved = consistent.Moved("gp", 2);
        JointOracle.Decide(moved).Should().Be(JointTruth.Infeasible);
        JointSoundness.Verdict(moved).Should().Be(new JointVerdict(AllHoldAlone: true, Joint: true, InputProblem: false));
    }
}
