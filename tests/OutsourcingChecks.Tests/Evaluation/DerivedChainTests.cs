using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Evaluation;

/// <summary>
/// Derived quantities are evaluated with a stack of their own: a chain of tens of thousands, each
/// naming the one before, neither overflows the thread's stack nor costs more than one evaluation per
/// link, in the report's scope and in a scope where a figure is tried at another value.
/// </summary>
[TestFixture]
public class DerivedChainTests
{
    private static TestReport Chain(int links, string last = "chain")
    {
        var report = new TestReport().Fact("a", "5.0").Fact("b", "5.0").Derived("chain.0", "a");
        for (var i = 1; i < links; i++) report.Derived($"chain.{i}", $"chain.{i - 1}");
        return report;
    }

    [Test]
    public void A_chain_of_50000_derived_quantities_is_evaluated_in_the_reports_scope()
    {
        var (run, diagnostics) = Chain(50_000).Rule("id: e\nkind: expression\nexpr: \"b = chain.49999\"").Check();
        diagnostics.Should().BeEmpty();
        run!.Findings.Single().Status.Should().Be(FindingStatus.Consistent);
        run.Scope.FactsBehind(new OutsourcingChecks.Expressions.Ref("chain.49999")).Select(f => f.Id).Should().Equal("a");
    }

    [Test]
    public void A_chain_of_50000_derived_quantities_is_evaluated_again_when_the_figure_at_its_start_changes()
    {
        var (run, _) = Chain(50_000).Rule("id: e\nkind: expression\nexpr: \"b = chain.49999\"").Check();
        var tried = SubstitutedScope.One(run!.Scope.WithOwnMemo(), "a", Interval.Point(7_0000_0000m)); // a at 7.0 亿美元
        tried.Lookup("chain.49999")!.Value.Value.Should().Be(Interval.Point(7_0000_0000m));
        SubstitutedScope.One(run.Scope.WithOwnMemo(), "b", Interval.Point(1m)).Lookup("chain.49999")!.Value.Value
            .Should().Be(run.Scope.Lookup("chain.49999")!.Value.Value, "a chain that does not depend on the figure is the report's");
    }

    [Test]
    public void A_cycle_through_thousands_of_derived_quantities_is_reported_once_with_its_path()
    {
        var report = Chain(5_000);
        report.Derived("loop.0", "loop.4999");
        for (var i = 1; i < 5_000; i++) report.Derived($"loop.{i}", $"loop.{i - 1}");
        var (_, diagnostics) = report.Check();
        diagnostics.Where(d => d.Code == "OC025").Should().ContainSingle().Which.Message.Should().Contain("loop.0 -> loop.4999 -> loop.4998");
    }
}
