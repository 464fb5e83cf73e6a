using FluentAssertions;
using FsCheck.Fluent;
using OutsourcingChecks.Synthetic;
using Config = FsCheck.Config;
using FindingStatus = OutsourcingChecks.Model.FindingStatus;

namespace OutsourcingChecks.Tests.Evaluation;

/// <summary>
/// Soundness, by generated cases: figures rounded from true values that satisfy an identity
/// exactly are never flagged (no false positive from rounding), and an error put into the stated
/// figure beyond what rounding can explain is always flagged. 300 cases per property here; the
/// benchmark project runs 100,000 (see docs/benchmarks.md).
/// </summary>
[TestFixture]
public class SoundnessProperties
{
    private static readonly Config Cases = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static IEnumerable<Identity> Identities => IdentityCases.All;

    [TestCaseSource(nameof(Identities))]
    public void Figures_rounded_from_exact_true_values_are_never_flagged(Identity identity) =>
        FsCheck.Check.One(Cases, Prop.ForAll(IdentityCases.Of(identity).ToArbitrary(),
            c => Soundness.Verdict(c) == FindingStatus.Consistent));

    [TestCaseSource(nameof(Identities))]
    public void An_error_beyond_the_rounding_slack_is_always_flagged(Identity identity) =>
        FsCheck.Check.One(Cases, Prop.ForAll(IdentityCases.WithError(identity).ToArbitrary(),
            c => Soundness.Verdict(c) == FindingStatus.Inconsistent));

    [TestCaseSource(nameof(Identities))]
    public void The_oracle_never_calls_an_exact_case_an_error(Identity identity) =>
        FsCheck.Check.One(Cases, Prop.ForAll(IdentityCases.Of(identity).ToArbitrary(),
            c => !Slack.ClearlyInconsistent(c)));

    [Test]
    public void An_injected_error_moves_the_stated_figure_and_only_it()
    {
        var exact = new IdentityCase(Identity.Sum,
            [Figure.Write("total", "亿美元", 3.3m, 1), Figure.Write("part1", "亿美元", 1.1m, 1), Figure.Write("part2", "亿美元", 2.2m, 1)],
            "total", 0);
        // Parts [1.05, 1.15] + [2.15, 2.25] allow [3.2, 3.4]; beyond it by more than a half digit: 3.6.
        var wrong = Slack.InjectError(exact, up: true, extraDigits: 0);
        wrong.Stated.Written.Should().Be("3.6");
        wrong.Others.Should().Equal(exact.Others);
        Soundness.Verdict(wrong).Should().Be(FindingStatus.Inconsistent);
        Soundness.Verdict(exact).Should().Be(FindingStatus.Consistent);
    }

    [Test]
    public void A_small_tally_reports_both_rates()
    {
        var tally = Soundness.Run(Identity.Growth, 50);
        tally.Exact.Should().Be(50);
        tally.Injected.Should().Be(50);
        tally.FalsePositiveRate.Should().Be(0);
        tally.DetectionRate.Should().Be(1);
    }
}
