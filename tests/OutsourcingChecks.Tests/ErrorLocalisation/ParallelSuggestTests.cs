using FluentAssertions;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.ErrorLocalisation;

/// <summary>
/// The findings of a report are localised in parallel, with each figure's fix found once and
/// shared: a finding gets the suggestions it would get in a report of its own, in the same order,
/// whichever worker takes it and whatever the others have found first.
/// </summary>
[TestFixture]
public class ParallelSuggestTests
{
    // Each table: parts a + b = t, shares of a and b in t; the figure written wrong differs per table.
    private static readonly (string A, string B, string ShareA)[] Slips =
    [
        ("191.5", "302.5", "39.5"), // a digit of a typed wrong
        ("197.5", "320.5", "39.5"), // two digits of b swapped
        ("197.5", "302.5", "93.5"), // two digits of the share swapped
        ("179.5", "302.5", "39.5"), // two digits of a swapped
        ("197.5", "302.5", "39.5"), // consistent
        ("197.5", "302.1", "39.5"), // the last digit of b
    ];

    /// <summary>How many report lines away a figure counts as a neighbouring row (SlipCandidates).</summary>
    private const int NeighbourLines = 3;

    private static TestReport Table(TestReport report, int n)
    {
        var (a, b, shareA) = Slips[n];
        var p = $"t{n}";
        // Figures in another unit between the tables: no figure is a neighbouring row of another table's.
        for (var i = 0; i < NeighbourLines + 1; i++) report.Fact($"{p}.pad{i}", $"{i + 1}", "家");
        return report
            .Fact($"{p}.a", a).Fact($"{p}.b", b).Fact($"{p}.t", "500.0")
            .Fact($"{p}.share.a", shareA, "%").Fact($"{p}.share.b", "60.5", "%")
            .Rule($"id: {p}.sum.t\nkind: sum\nparts: [{p}.a, {p}.b]\ntotal: {p}.t")
            .Rule($"id: {p}.share.a\nkind: share\npart: {p}.a\nwhole: {p}.t\nshare: {p}.share.a")
            .Rule($"id: {p}.share.b\nkind: share\npart: {p}.b\nwhole: {p}.t\nshare: {p}.share.b");
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<Suggestion>> Suggest(TestReport report)
    {
        var (run, diagnostics) = report.Check();
        diagnostics.Should().BeEmpty();
        return Localiser.Suggest(run!);
    }

    [Test]
    public void Each_finding_of_many_gets_the_suggestions_it_gets_alone()
    {
        var all = new TestReport();
        for (var n = 0; n < Slips.Length; n++) Table(all, n);
        var together = Suggest(all);

        var alone = Enumerable.Range(0, Slips.Length).SelectMany(n => Suggest(Table(new TestReport(), n))).ToList();
        alone.Should().NotBeEmpty();
        together.Keys.Should().BeEquivalentTo(alone.Select(kv => kv.Key));
        foreach (var (findingId, suggestions) in alone)
            together[findingId].Should().BeEquivalentTo(suggestions, o => o.WithStrictOrdering(), findingId);
    }

    [Test]
    public void The_suggestions_come_in_the_order_of_the_findings_and_are_the_same_on_every_run()
    {
        var all = new TestReport();
        for (var n = 0; n < Slips.Length; n++) Table(all, n);
        var (run, _) = all.Check();

        var first = Localiser.Suggest(run!);
        var failing = run!.Findings.Where(f => f.Status != FindingStatus.Consistent).Select(f => f.Id).ToList();
        first.Keys.Should().Equal(failing);
        for (var i = 0; i < 5; i++)
            Localiser.Suggest(run).Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
    }
}
