using FluentAssertions;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.ErrorLocalisation;

/// <summary>A suggestion reads as one line an editor can act on.</summary>
[TestFixture]
public class SuggestionTextTests
{
    private static Suggestion Of(string current, string suggested, Interval mends, string unit = "亿美元") =>
        new("sum.t", "a", current, suggested, mends, unit, SlipKind.DigitTyped, null, ["sum.t"]);

    [Test]
    public void Names_the_figure_the_change_the_slip_and_what_it_mends()
    {
        SuggestionText.Describe(Of("191.5", "197.5", new Interval(197.1m, 198.0m)))
            .Should().StartWith("a: 191.5 → 197.5 亿美元 (one digit typed wrong); mends sum.t; ");
    }

    [Test]
    public void The_values_that_could_mend_are_a_bound_shown_with_two_more_decimals_than_the_figure_rounded_outward()
    {
        // 197.11299 is shown as 197.112 and 198.01201 as 198.013: every value that could mend stays inside
        SuggestionText.Describe(Of("191.5", "197.5", new Interval(197.11299m, 198.01201m)))
            .Should().EndWith("; a mending value lies in [197.112, 198.013] 亿美元");
        SuggestionText.Describe(Of("-0.7", "-0.8", new Interval(-0.794436m, -0.752083m), "个百分点"))
            .Should().EndWith("; a mending value lies in [-0.795, -0.752] 个百分点");
    }
}
