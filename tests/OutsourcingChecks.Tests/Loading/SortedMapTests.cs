using FluentAssertions;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Loading;

/// <summary>A fact's dims read as a sorted dictionary with the ordinal comparer would read.</summary>
[TestFixture]
public class SortedMapTests
{
    private static readonly KeyValuePair<string, string>[] Pairs =
    [
        new("scope", "all"), new("Service", "s1"), new("group", "g0"), new("category", "ITO"), new("group", "g1"), new("地区", "east"),
    ];

    [Test]
    public void Enumerates_and_looks_up_as_an_ordinal_sorted_dictionary()
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in Pairs) expected[k] = v;

        var map = SortedMap<string>.Of(Pairs);

        map.Should().Equal(expected);
        map.Count.Should().Be(expected.Count);
        foreach (var key in expected.Keys.Append("absent").Append("Scope"))
        {
            map.TryGetValue(key, out var value).Should().Be(expected.TryGetValue(key, out var want));
            value.Should().Be(want);
            map.ContainsKey(key).Should().Be(expected.ContainsKey(key));
        }
    }

    [Test]
    public void No_pairs_is_the_empty_map()
    {
        SortedMap<string>.Of([]).Should().BeSameAs(SortedMap<string>.Empty).And.BeEmpty();
    }
}
