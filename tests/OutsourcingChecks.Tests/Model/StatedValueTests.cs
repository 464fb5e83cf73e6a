using FluentAssertions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Model;

[TestFixture]
public class StatedValueTests
{
    [TestCase("22.80", 22.80, 2)]
    [TestCase("22.8", 22.8, 1)]
    [TestCase("6662", 6662, 0)]
    [TestCase("-1.8", -1.8, 1)]
    [TestCase("三", 3, 0)]
    public void The_number_of_decimals_written_is_kept(string written, decimal number, int decimals)
    {
        var v = StatedValue.TryParse(written, out _)!;
        v.Number.Should().Be(number);
        v.Decimals.Should().Be(decimals);
        v.Written.Should().Be(written);
    }

    [Test]
    public void Half_a_unit_of_the_last_digit_is_the_rounding_slack()
    {
        StatedValue.TryParse("22.80", out _)!.HalfUnit.Should().Be(0.005m);
        StatedValue.TryParse("6662", out _)!.HalfUnit.Should().Be(0.5m);
    }
}
