using FluentAssertions;
using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Tests.Intervals;

[TestFixture]
public class IntervalTests
{
    [Test]
    public void A_quotient_contains_every_exact_quotient_of_its_operands()
    {
        var q = new Interval(829.85m, 829.95m) / new Interval(655.75m, 655.85m);
        q.Contains(829.85m / 655.85m).Should().BeTrue();
        q.Contains(829.95m / 655.75m).Should().BeTrue();
        q.Lo.Should().BeLessThan(829.85m / 655.85m);
    }

    [Test]
    public void Dividing_by_an_interval_that_contains_zero_throws()
    {
        var act = () => Interval.Point(1m) / new Interval(-1m, 1m);
        act.Should().Throw<DivideByZeroException>();
    }

    [Test]
    public void Unbounded_intervals_stay_unbounded_on_their_open_side()
    {
        var more = new Interval(1000m, null);
        (more + Interval.Point(5m)).Should().Be(new Interval(1005m, null));
        var negated = more * Interval.Point(-1m);
        negated.Lo.Should().BeNull();
        negated.Hi.Should().BeApproximately(-1000m, 0.000001m);
    }

    [Test]
    public void A_root_brackets_the_exact_root()
    {
        var r = new Interval(1.61051m, 1.61051m).Root(5);
        r.Lo.Should().BeLessThanOrEqualTo(1.1m);
        r.Hi.Should().BeGreaterThanOrEqualTo(1.1m);
        (r.Hi - r.Lo).Should().BeLessThan(0.000000000001m);
    }

    [Test]
    public void Touching_intervals_overlap()
    {
        new Interval(1m, 2m).Overlaps(new Interval(2m, 3m)).Should().BeTrue();
        new Interval(1m, 2m).Overlaps(new Interval(2.0000001m, 3m)).Should().BeFalse();
    }
}
