using FluentAssertions;
using OutsourcingChecks.Drafts;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Drafts;

/// <summary>The figures that differ between two drafts of the real text of chapter 1 (report lines 26-70), no facts needed.</summary>
[TestFixture]
public class FigureDiffTests
{
    private static IReadOnlyList<FigureChange> Diff(string oldText, string newText) =>
        FigureDiff.Compare(SourceText.FromText("old", oldText), SourceText.FromText("new", newText));

    [Test]
    public void A_text_against_itself_has_no_change() =>
        Diff(RealText.Lines(26, 70), RealText.Lines(26, 70)).Should().BeEmpty();

    [Test]
    public void A_changed_a_removed_and_an_added_figure_are_told_apart_and_a_moved_paragraph_is_no_change()
    {
        var original = RealText.Lines(26, 70);
        var draft = DraftComparerTests.Draft(original);
        var changes = Diff(original, string.Join("\n", draft));
        changes.Select(c => (c.Kind, c.Old?.Text, c.NewNumber)).Should().BeEquivalentTo(new (FigureChangeKind, string?, string?)[]
        {
            (FigureChangeKind.Changed, "961.7亿美元", "971.7"),
            (FigureChangeKind.Removed, "29.2%", null),
            (FigureChangeKind.Added, null, "35"),
        });
        changes.Single(c => c.Kind == FigureChangeKind.Changed).NewLine.Should().Be(Array.FindIndex(draft, l => l.Contains("971.7", StringComparison.Ordinal)) + 1);
    }

    [Test]
    public void A_figure_in_a_unit_the_report_declares_is_compared_too()
    {
        var b = new OutsourcingChecks.Model.UnitRegistry.Builder("units.yaml");
        b.Declare("间", OutsourcingChecks.Model.Dimension.Of("rooms"), 1m);
        const string before = "年末全县共有星级饭店 36 家，客房 4820 间，星级饭店全年营业收入 8.97 亿元。\n";
        var after = before.Replace("4820", "4830", StringComparison.Ordinal);
        var changes = FigureDiff.Compare(SourceText.FromText("old", before), SourceText.FromText("new", after), b.Build());
        changes.Select(c => (c.Kind, c.Old?.Text, c.NewNumber)).Should().Equal((FigureChangeKind.Changed, "4820间", "4830"));
        Diff(before, after).Should().BeEmpty("间 is no built-in unit, so 4820 is no figure without the declaration");
    }
}
