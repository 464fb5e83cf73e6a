using System.Globalization;
using System.Text;
using OutsourcingChecks.Drafts;

namespace OutsourcingChecks.Reporting;

/// <summary>The figures that changed between two drafts, for a terminal.</summary>
public static class DiffText
{
    public static string Render(string oldPath, string newPath, IReadOnlyList<FigureChange> changes)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"Figures from {oldPath} to {newPath}: {changes.Count(c => c.Kind == FigureChangeKind.Changed)} changed, {changes.Count(c => c.Kind == FigureChangeKind.Removed)} removed, {changes.Count(c => c.Kind == FigureChangeKind.Added)} added");
        sb.AppendLine();
        foreach (var c in changes)
        {
            switch (c.Kind)
            {
                case FigureChangeKind.Changed:
                    sb.AppendLine(CultureInfo.InvariantCulture, $"~ {c.Old!.Value.Text} → {c.NewNumber}{c.Old.Value.Unit}  line {c.OldLine} → {c.NewLine}");
                    sb.AppendLine(CultureInfo.InvariantCulture, $"    old {c.OldLine,5}: {c.OldText}");
                    sb.AppendLine(CultureInfo.InvariantCulture, $"    new {c.NewLine,5}: {c.NewText}");
                    break;
                case FigureChangeKind.Removed:
                    var near = c.NewLine > 0 ? $" (its context now near line {c.NewLine})" : "";
                    sb.AppendLine(CultureInfo.InvariantCulture, $"- {c.Old!.Value.Text}  line {c.OldLine}{near}");
                    sb.AppendLine(CultureInfo.InvariantCulture, $"    old {c.OldLine,5}: {c.OldText}");
                    break;
                default:
                    sb.AppendLine(CultureInfo.InvariantCulture, $"+ {c.New!.Value.Text}  line {c.NewLine}");
                    sb.AppendLine(CultureInfo.InvariantCulture, $"    new {c.NewLine,5}: {c.NewText}");
                    break;
            }
        }
        return sb.ToString();
    }
}
