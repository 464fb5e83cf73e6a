using FluentAssertions;
using OutsourcingChecks.Audit;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Audit;

[TestFixture]
public class SlipsTests
{
    private static IEnumerable<string> Of(string written, MutationKind kind) =>
        Slips.Of(StatedValue.TryParse(written, out _)!).Where(s => s.Kind == kind).Select(s => s.Written);

    [Test]
    public void A_digit_slip_moves_each_digit_one_up_or_down_without_a_leading_zero() =>
        Of("12.9", MutationKind.DigitChanged).Should().BeEquivalentTo("22.9", "11.9", "13.9", "12.8");

    [Test]
    public void A_swap_exchanges_two_adjacent_different_digits_on_one_side_of_the_point() =>
        Of("2264.8", MutationKind.DigitsSwapped).Should().BeEquivalentTo("2624.8", "2246.8");

    [Test]
    public void A_scale_slip_moves_the_point_one_place_either_way() =>
        Of("2264.8", MutationKind.ScaledBy10).Should().BeEquivalentTo("22648", "226.48");

    [TestCase("5", new[] { "50", "0.5" })]
    [TestCase("0.5", new[] { "5", "0.05" })]
    [TestCase("2021", new[] { "20210", "202.1" })]
    public void Scale_slips_of_whole_numbers_and_fractions(string written, string[] expected) =>
        Of(written, MutationKind.ScaledBy10).Should().BeEquivalentTo(expected);

    [Test]
    public void A_Chinese_numeral_slips_by_its_digits() =>
        Of("三", MutationKind.DigitChanged).Should().BeEquivalentTo("2", "4");
}
