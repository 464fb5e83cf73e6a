using FluentAssertions;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Expressions;

/// <summary>
/// Expressions are shallow whatever their length: a chain of + and - is one n-ary <see cref="Sum"/>,
/// every tree is at most <see cref="ExprLimits.MaxDepth"/> deep (the parser refuses a deeper one),
/// and they are written back as the rules write them.
/// </summary>
[TestFixture]
public class ExprTests
{
    private static Expr Parse(string text) => ExprParser.TryParse(text, out var why) ?? throw new AssertionException(why!);

    [Test]
    public void A_chain_of_additions_and_subtractions_is_one_sum_node()
    {
        var e = Parse("a + b - c + d");
        var sum = e.Should().BeOfType<Sum>().Subject;
        sum.Addends.Select(x => (x.Subtracted, x.Term.ToString())).Should().Equal((false, "a"), (false, "b"), (true, "c"), (false, "d"));
        sum.Depth.Should().Be(2);
    }

    [Test]
    public void A_sum_of_150000_terms_is_two_levels_deep_and_evaluates_without_recursing_per_term()
    {
        var e = Parse(string.Join(" + ", Enumerable.Repeat("1", 150_000)));
        e.Depth.Should().Be(2);
        Evaluator.Evaluate(e, new NoIds()).Value.Should().Be(Interval.Point(150_000m));
    }

    [TestCase("a + b", "a + b")]
    [TestCase("a - (b + c)", "a - (b + c)")]
    [TestCase("(a + b) + c", "a + b + c")]
    [TestCase("(a + b) / c", "(a + b) / c")]
    [TestCase("a / (b * c)", "a / (b * c)")]
    [TestCase("a * b / c - 1", "a * b / c - 1")]
    [TestCase("-(a + b)", "-(a + b)")]
    [TestCase("-a + b", "-a + b")]
    [TestCase("root(end / start, 5) - 1", "root(end / start, 5) - 1")]
    [TestCase("sum(a, b - c)", "sum(a, b - c)")]
    public void It_is_written_back_as_the_chain_of_operations_it_stands_for(string text, string written) =>
        Parse(text).ToString().Should().Be(written);

    [Test]
    public void Written_back_and_parsed_again_it_is_the_same_expression()
    {
        foreach (var text in new[] { "a - (b - c) + d * (e - f)", "(a + b) * (c - d) / e", "prev(a, b - c) - pow(d + e, 2)" })
        {
            var e = Parse(text);
            Parse(e.ToString()).Should().Be(e, text);
        }
    }

    [TestCase(100, true, TestName = "a chain of 100 products is within the depth limit")]
    [TestCase(101, false, TestName = "a chain of 101 products is refused")]
    public void A_chain_of_products_counts_a_level_per_factor(int factors, bool accepted)
    {
        var e = ExprParser.TryParse(string.Join(" * ", Enumerable.Repeat("a", factors)), out var why);
        (e is not null).Should().Be(accepted);
        if (accepted) e!.Depth.Should().Be(factors);
        else why.Should().Contain($"deeper than {ExprLimits.MaxDepth} levels");
    }

    [TestCase(ExprLimits.MaxDepth, true, TestName = "brackets nested as deep as the limit are taken")]
    [TestCase(ExprLimits.MaxDepth + 1, false, TestName = "brackets nested one deeper than the limit are refused")]
    [TestCase(100_000, false, TestName = "brackets nested 100,000 deep are refused, not a stack overflow")]
    public void Nesting_is_refused_past_the_limit(int depth, bool accepted)
    {
        var e = ExprParser.TryParse(new string('(', depth) + "a" + new string(')', depth), out var why);
        (e is not null).Should().Be(accepted);
        if (!accepted) why.Should().Contain("nests deeper than");
    }

    [Test]
    public void Signs_nested_100000_deep_are_refused_not_a_stack_overflow() =>
        ExprParser.TryParse(new string('-', 100_000) + "a", out _).Should().BeNull();

    [Test]
    public void A_rule_whose_check_would_pass_the_depth_limit_is_refused_at_the_rule()
    {
        // 99 factors parse; the growth kind adds a quotient and a difference around them.
        var factors = string.Join(" * ", Enumerable.Repeat("a", 99));
        var (_, diagnostics) = new Support.TestReport().Fact("a", "1.0").Fact("g", "5.0", "%")
            .Rule($"id: g\nkind: growth\ncurrent: \"{factors}\"\nprevious: a\ngrowth: g").Check();
        diagnostics.Should().ContainSingle(d => d.Code == "OC027").Which.Message.Should().Contain($"deeper than {ExprLimits.MaxDepth} levels");
    }

    private sealed class NoIds : IQuantityScope
    {
        public Quantity? Lookup(string id) => null;
    }
}
