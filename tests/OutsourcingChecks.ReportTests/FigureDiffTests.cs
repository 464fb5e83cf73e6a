using OutsourcingChecks.Drafts;
using OutsourcingChecks.Loading;
using Shouldly;

namespace OutsourcingChecks.ReportTests;

/// <summary>The draft tools on the whole report: the text against itself changes no figure (every figure re-anchors to itself).</summary>
[TestFixture]
public class FigureDiffTests
{
    [Test]
    public void The_report_text_against_itself_changes_no_figure()
    {
        var path = Path.Combine(RepositoryRoot.Path, "facts", "csod-2021", "source.txt");
        var text = SourceText.FromText(path, File.ReadAllText(path));
        FigureDiff.Compare(text, text).Select(c => $"{c.Kind} line {c.OldLine}/{c.NewLine}: {c.Old?.Text ?? c.New?.Text}").ShouldBeEmpty();
    }
}
