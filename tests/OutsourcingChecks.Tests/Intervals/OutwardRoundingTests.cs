using FluentAssertions;
using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Tests.Intervals;

/// <summary>
/// Decimal arithmetic rounds; interval bounds must round away from the interval. Exact results
/// stay exact (so the written figures' own arithmetic is not blurred), inexact ones move out.
/// </summary>
[TestFixture]
public class OutwardRoundingTests
{
    [Test]
    public void Sums_and_products_of_written_figures_are_exact()
    {
        (new Interval(20.05m, 20.15m) + new Interval(28.35m, 28.45m)).Should().Be(new Interval(48.40m, 48.60m));
        (Interval.Point(829.9m) * Interval.Point(1.08m)).Should().Be(Interval.Point(896.292m));
        (Interval.Point(21.4m) / Interval.Point(40.0m)).Should().Be(Interval.Point(0.535m), "1 / 40 = 0.025 exactly");
        (Interval.Point(0.5337m) * Interval.Point(0m)).Should().Be(Interval.Point(0m), "a product with zero is zero, whatever its scale");
    }

    [Test]
    public void An_inexact_quotient_is_enclosed_by_bounds_close_to_it()
    {
        var third = Interval.Point(1m) / Interval.Point(3m);
        third.Lo.Should().BeLessThan(1m / 3m);
        third.Hi.Should().BeGreaterThan(1m / 3m);
        third.Width.Should().BeLessThan(0.000000000000000001m);
        // A quotient whose trailing zeros decimal drops (1 / 4807692307.6923076924 = 0.000000000208…):
        // its bounds are still a hair apart, not a unit of its shortened last place.
        var small = Interval.Point(1m) / Interval.Point(4807692307.6923076924m);
        small.Contains(0.000000000208m).Should().BeTrue();
        (small.Width!.Value / 0.000000000208m).Should().BeLessThan(0.000000000000000001m);
    }

    [Test]
    public void A_sum_beyond_decimal_precision_moves_outward()
    {
        // The exact sum ends in .123456789; decimal keeps three of those decimals.
        var big = Interval.Point(79228162514264337593543950m) + Interval.Point(0.123456789m);
        big.Lo.Should().BeLessThanOrEqualTo(79228162514264337593543950.123m);
        big.Hi.Should().BeGreaterThanOrEqualTo(79228162514264337593543950.124m);
    }
}
