using FluentAssertions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;
using OutsourcingChecks.Templates;

namespace OutsourcingChecks.Tests.Loading;

/// <summary>Template expansion is counted without overflow, capped per template and in total, before anything expands.</summary>
[TestFixture]
public class TemplateCapTests
{
    private static Rule Template(string id, int variables, int values) =>
        new(id, "expression", new Dictionary<string, RuleField>(),
            Enumerable.Range(0, variables).Select(v => new Binding($"v{v}", Enumerable.Range(0, values).Select(i => $"x{i}").ToList())).ToList(),
            null, new Location("rules.yaml", 1, 1));

    [TestCase(63, TestName = "63 variables of two values: 2^63 is not a negative count")]
    [TestCase(64, TestName = "64 variables of two values: 2^64 is not a count of 0")]
    public void A_product_too_large_for_64_bits_is_counted_as_too_large(int variables) =>
        TemplateExpander.Count(Template("t", variables, 2)).Should().BeGreaterThan(TemplateExpander.MaxTotalExpansions);

    [Test]
    public void A_template_too_large_is_refused_without_expanding()
    {
        var bag = new DiagnosticBag();
        var id = string.Join(".", Enumerable.Range(0, 64).Select(v => $"{{v{v}}}"));
        TemplateExpander.Expand(Template(id, 64, 2), bag).Should().BeEmpty();
        bag.Items.Should().ContainSingle().Which.Message.Should().Contain($"more than {TemplateExpander.MaxTotalExpansions} rules");
    }

    [Test]
    public void Templates_that_together_pass_the_total_are_refused_from_the_first_that_does()
    {
        var bag = new DiagnosticBag();
        var rules = Enumerable.Range(0, 40).Select(t => Template($"t{t}.{{v0}}.{{v1}}", 2, 316)).ToList();
        var kept = TemplateExpander.WithinTotal(rules, bag);
        kept.Select(r => r.Id).Should().Equal("t0.{v0}.{v1}", "t1.{v0}.{v1}");
        bag.Items.Should().HaveCount(38).And.OnlyContain(d => d.Code == "OC026");
    }
}
