using FluentAssertions;
using FsCheck.Fluent;
using OutsourcingChecks.Model;
using Config = FsCheck.Config;

namespace OutsourcingChecks.Tests.Model;

/// <summary>The key under which facts are the same quantity: measure, dims in ordinal key order, period.</summary>
[TestFixture]
public class QuantityKeyTests
{
    [Test]
    public void The_key_lists_the_dims_in_ordinal_order_whatever_order_they_were_written_in()
    {
        var written = new Dictionary<string, string> { ["service"] = "it_ops", ["category"] = "ITO", ["Scope"] = "all" };
        QuantityKeys.Of("execution", written, "2021").Should().Be("execution|Scope=all,category=ITO,service=it_ops|2021");
    }

    [TestCase(null, "2021", TestName = "no key without a measure")]
    [TestCase("execution", " ", TestName = "no key without a period")]
    public void No_key_without_a_measure_and_a_period(string? measure, string? period) =>
        QuantityKeys.Of(measure, new Dictionary<string, string>(), period).Should().BeNull();

    [Test]
    public void The_key_is_the_measure_the_sorted_dims_and_the_period_joined()
    {
        var dims = Gen.Elements("a", "B", "scope", "category", "é", "_x", "a.b").SelectMany(k =>
            Gen.Elements("all", "ITO", "x=y", "").Select(v => (k, v))).ListOf()
            .Select(kvs => kvs.GroupBy(kv => kv.k).ToDictionary(g => g.Key, g => g.First().v, StringComparer.Ordinal));
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), Prop.ForAll(dims.ToArbitrary(), d =>
            QuantityKeys.Of("m", d, "2021") ==
            $"m|{string.Join(",", d.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"))}|2021"));
    }
}
