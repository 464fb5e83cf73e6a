using FluentAssertions;
using OutsourcingChecks.Audit;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Audit;

[TestFixture]
public class ProtectionAuditorTests
{
    private static AuditResult Audit(TestReport report)
    {
        var (run, diagnostics) = report.Check();
        diagnostics.Should().BeEmpty();
        return ProtectionAuditor.Audit(run!);
    }

    private static FactProtection Fact(AuditResult result, string id) => result.Facts.Single(f => f.Fact.Id == id);

    [Test]
    public void A_part_of_a_sum_is_protected_against_swaps_and_scaling_but_not_a_last_digit_slip_within_rounding()
    {
        var result = Audit(new TestReport()
            .Fact("a", "123.4").Fact("b", "56.7").Fact("total", "180.1").Fact("alone", "42.5")
            .Rule("id: sum.ab\nkind: sum\nparts: [a, b]\ntotal: total"));

        var a = Fact(result, "a");
        a.Checks.Should().Equal("sum.ab");
        a.Against(MutationKind.DigitsSwapped).Should().Be(Protection.Protected);
        a.Against(MutationKind.ScaledBy10).Should().Be(Protection.Protected);
        a.Against(MutationKind.DigitChanged).Should().Be(Protection.Unprotected, "123.5 with 56.7 can still add up to 180.1 (all three rounded)");
        a.Slips.Where(s => !s.Caught).Select(s => s.Slip.Written).Should().BeEquivalentTo("123.5", "123.3");
        a.Slips.Single(s => s.Slip.Written == "1234").CaughtBy.Should().Be("sum.ab");
    }

    [Test]
    public void A_figure_no_rule_involves_is_unprotected_against_every_slip()
    {
        var result = Audit(new TestReport()
            .Fact("a", "123.4").Fact("b", "56.7").Fact("total", "180.1").Fact("alone", "42.5")
            .Rule("id: sum.ab\nkind: sum\nparts: [a, b]\ntotal: total"));

        var alone = Fact(result, "alone");
        alone.Checks.Should().BeEmpty();
        alone.Slips.Should().NotBeEmpty().And.OnlyContain(s => !s.Caught);
        Slips.Kinds.Select(alone.Against).Should().OnlyContain(p => p == Protection.Unprotected);
        result.Chapters.Single().Share(MutationKind.ScaledBy10).Should().Be(3m / 4m);
    }

    [Test]
    public void A_check_that_already_fails_catches_no_slip()
    {
        var result = Audit(new TestReport()
            .Fact("a", "123.4").Fact("b", "56.7").Fact("total", "999.9")
            .Rule("id: sum.ab\nkind: sum\nparts: [a, b]\ntotal: total"));

        Fact(result, "a").Slips.Should().OnlyContain(s => !s.Caught);
    }

    [Test]
    public void A_slip_of_a_figure_behind_a_derived_quantity_is_caught_through_it()
    {
        var result = Audit(new TestReport()
            .Fact("now", "120.0").Fact("growth", "20.0", "%").Fact("before", "100.0")
            .Derived("before.implied", "prev(now, growth)")
            .Rule("id: same.before\nkind: expression\nexpr: \"before = before.implied\""));

        var growth = Fact(result, "growth");
        growth.Checks.Should().Equal("same.before");
        growth.Against(MutationKind.ScaledBy10).Should().Be(Protection.Protected);
    }

    [Test]
    public void A_slip_of_a_figure_an_acknowledgement_pins_is_caught_as_the_acknowledgement_no_longer_matches()
    {
        var result = Audit(new TestReport()
            .Fact("a", "123.4").Fact("b", "56.7").Fact("total", "195.0").Fact("c", "10.0")
            .Rule("id: sum.ab\nkind: sum\nparts: [a, b]\ntotal: total")
            .Rule("id: sum.ac\nkind: sum\nparts: [a, c]\ntotal: total\nexhaustive: false")
            .Acknowledge("sum.ab", "a: \"123.4\", b: \"56.7\"", "the report's own slip"));

        var b = Fact(result, "b");
        b.Checks.Should().Equal("sum.ab");
        b.Slips.Should().OnlyContain(s => s.CaughtBy == "sum.ab");
        var total = Fact(result, "total");
        total.Slips.Single(s => s.Slip.Written == "19.50").CaughtBy.Should().Be("sum.ac", "the acknowledgement does not pin total; a + c no longer fit under it");
        total.Slips.Single(s => s.Slip.Written == "1950").Caught.Should().BeFalse("a + c still fit under 1950, and sum.ab already fails");
    }
}
