using OutsourcingChecks.Figures;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Drafts;

/// <summary>How a figure differs between two drafts.</summary>
public enum FigureChangeKind { Changed, Removed, Added }

/// <summary>A figure that differs between two drafts, with its line in each (0 where it has none) and the lines' text.</summary>
public sealed record FigureChange(FigureChangeKind Kind, Figure? Old, string? NewNumber, int OldLine, int NewLine, string OldText, string NewText, Figure? New = null);

/// <summary>
/// The figures that changed between two drafts, facts or no facts: every figure of the old text is
/// re-anchored in the new one by the words around it (<see cref="Anchor"/>), then, if not found,
/// by its number, the words after it and its context alone (as the same number only); those
/// with another number are changed, those not found removed, and the new text's figures no old
/// figure anchored to are added.
/// </summary>
public static class FigureDiff
{
    /// <summary>Characters of the text before and after a figure's number that go into its quote.</summary>
    private const int Lead = 4, Trail = 2;

    /// <summary>The changes, reading figures in the built-in units and those a report declares (<paramref name="units"/>).</summary>
    public static IReadOnlyList<FigureChange> Compare(SourceText oldText, SourceText newText, Model.UnitRegistry? units = null)
    {
        var oldFlow = new Flow(oldText);
        var newFlow = new Flow(newText);
        var changes = new List<FigureChange>();
        var anchored = new HashSet<int>();
        foreach (var f in FigureScanner.Scan(oldText, units))
        {
            if (oldFlow.IndexAt(f.Line, f.Column) is not { } at) continue;
            var quote = oldFlow.Text[Math.Max(0, at - Lead)..Math.Min(oldFlow.Text.Length, at + f.Number.Length + Trail)];
            var a = Anchor.Find(oldFlow, newFlow, quote, f.Number, f.Line, at);
            if (a.Status == AnchorStatus.Deleted)
            {
                // the words just before it changed: try the number and what follows, on the context alone
                var bare = oldFlow.Text[at..Math.Min(oldFlow.Text.Length, at + f.Number.Length + Trail)];
                var retry = Anchor.Find(oldFlow, newFlow, bare, f.Number, f.Line, at);
                if (retry.Status is AnchorStatus.Unchanged or AnchorStatus.Moved) a = retry; // a changed number needs its words too
            }
            if (a.At >= 0) anchored.Add(a.At);
            var oldLine = LineExcerpt.Around(oldText.Line(f.Line), f.Column);
            var newLine = a.Line > 0 ? LineExcerpt.Around(newText.Line(a.Line), number: a.Written ?? f.Number) : "";
            if (a.Status == AnchorStatus.Changed) changes.Add(new FigureChange(FigureChangeKind.Changed, f, a.Written, f.Line, a.Line, oldLine, newLine));
            else if (a.Status == AnchorStatus.Deleted) changes.Add(new FigureChange(FigureChangeKind.Removed, f, null, f.Line, a.Line, oldLine, newLine));
        }
        foreach (var f in FigureScanner.Scan(newText, units))
            if (newFlow.IndexAt(f.Line, f.Column) is { } at && !anchored.Contains(at))
                changes.Add(new FigureChange(FigureChangeKind.Added, null, f.Number, 0, f.Line, "", LineExcerpt.Around(newText.Line(f.Line), f.Column), f));
        return changes.OrderBy(c => c.NewLine > 0 ? c.NewLine : c.OldLine).ThenBy(c => c.Kind).ToList();
    }
}
