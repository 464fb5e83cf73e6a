using FluentAssertions;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Tests.Expressions;

/// <summary>
/// The range of an expression over a box, tight where a variable occurs twice (the dependency
/// problem), and always containing every value the expression takes in the box.
/// </summary>
[TestFixture]
public class RangeEnclosureTests
{
    private static (Tape Tape, Interval[] Box) Compile(string expression, params (string Id, decimal Lo, decimal Hi)[] box)
    {
        var tape = Tape.Compile([ExprParser.TryParse(expression, out var why) ?? throw new ArgumentException(why)], _ => null);
        var domains = tape.Variables.Select(v => box.Single(b => b.Id == v)).Select(b => new Interval(b.Lo, b.Hi)).ToArray();
        return (tape, domains);
    }

    private static Interval Range(string expression, params (string, decimal, decimal)[] box)
    {
        var (tape, domains) = Compile(expression, box);
        return RangeEnclosure.Of(tape, tape.Roots[0], domains);
    }

    private static Interval Plain(string expression, params (string, decimal, decimal)[] box)
    {
        var (tape, domains) = Compile(expression, box);
        var values = new Interval[tape.Length];
        tape.Forward(values, domains);
        return values[tape.Roots[0]];
    }

    [Test]
    public void A_whole_over_itself_is_exactly_one_though_plain_evaluation_widens_it()
    {
        Plain("t / t", ("t", 2264.75m, 2264.85m)).Lo.Should().BeLessThan(1m);
        var range = Range("t / t", ("t", 2264.75m, 2264.85m));
        range.Contains(1m).Should().BeTrue();
        range.Width.Should().BeLessThan(0.00000000001m, "the plain value is 0.99996-1.00004");
    }

    [Test]
    public void A_change_of_share_with_part_and_whole_twice_is_enclosed_within_a_hair_of_its_true_range()
    {
        // K/T - prev(K, gK)/prev(T, gT) = (K/T)(1 - (1+gT)/(1+gK)): 0.020111-0.020917 over the box
        // (chapter 9's Chengdu-Chongqing KPO share), where plain evaluation gives 0.0179-0.0231.
        var box = new[] { ("K", 36.05m, 36.15m), ("T", 67.45m, 67.55m), ("gK", 0.4595m, 0.4605m), ("gT", 0.4035m, 0.4045m) };
        const string change = "K / T - prev(K, gK) / prev(T, gT)";
        Plain(change, box).Width.Should().BeGreaterThan(0.005m);
        var tight = Range(change, box);
        tight.Lo.Should().BeInRange(0.020100m, 0.0201113m);
        tight.Hi.Should().BeInRange(0.0209168m, 0.020930m);
    }

    [TestCase("x * x - x", 0.0, 1.0, TestName = "x² - x on [0, 1] reaches -1/4 and 0")]
    [TestCase("x / (x + y)", 1.0, 3.0, TestName = "a part over a whole that contains it")]
    [TestCase("(x - y) / (x + y)", 2.0, 5.0, TestName = "a difference over a sum of the same two")]
    [TestCase("prev(x, y) * (1 + y) - x", 0.5, 0.9, TestName = "prev and its inverse cancel to zero")]
    public void Every_value_taken_in_the_box_is_inside_the_enclosure(string expression, double lo, double hi)
    {
        var (l, h) = ((decimal)lo, (decimal)hi);
        var (tape, domains) = Compile(expression, ("x", l, h), ("y", l, h));
        var range = RangeEnclosure.Of(tape, tape.Roots[0], domains);
        var values = new Interval[tape.Length];
        for (var i = 0; i <= 20; i++)
            for (var j = 0; j <= 20; j++)
            {
                var point = tape.Variables.Select(v => Interval.Point(v == "x" ? l + (h - l) * i / 20 : l + (h - l) * j / 20)).ToArray();
                tape.Forward(values, point);
                range.Lo.Should().BeLessThanOrEqualTo(values[tape.Roots[0]].Hi!.Value, $"at point {i},{j}");
                range.Hi.Should().BeGreaterThanOrEqualTo(values[tape.Roots[0]].Lo!.Value, $"at point {i},{j}");
            }
    }

    [Test]
    public void Meet_proves_no_values_satisfy_a_relation_only_when_none_do()
    {
        var (tape, domains) = Compile("x / x - 1", ("x", 1m, 2m));
        RangeEnclosure.Meet(tape, tape.Roots[0], domains, Relation.Equal).Should().Be(0, "x / x - 1 is zero everywhere");
        var (above, box) = Compile("x / (x + y) - 0.6", ("x", 1m, 1.1m), ("y", 1m, 1.1m));
        RangeEnclosure.Meet(above, above.Roots[0], box, Relation.Equal).Should().Be(-1, "x / (x + y) stays below 0.53 on the box");
        RangeEnclosure.Meet(above, above.Roots[0], box, Relation.LessOrEqual).Should().Be(0);
    }

    [Test]
    public void A_count_written_as_a_figure_is_the_one_whole_number_its_interval_holds()
    {
        Tape.Whole(new Interval(4.5m, 5.5m)).Should().Be(5m);
        Tape.Whole(new Interval(4.5m, 5m)).Should().Be(5m, "近五年: at most five");
        Tape.Whole(new Interval(4.5m, 6.5m)).Should().BeNull("two whole numbers");
        Tape.Whole(new Interval(5.1m, 5.2m)).Should().BeNull("none");
    }
}
