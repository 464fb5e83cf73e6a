using System.Globalization;
using System.Text;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Drafts;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>A new draft for an editor: stale facts with old and new text side by side, the checks the changes break or mend, new figures.</summary>
public static class DraftText
{
    public static string Render(IReadOnlyList<DraftResult> results)
    {
        var sb = new StringWriter(CultureInfo.InvariantCulture);
        Write(results, sb);
        return sb.ToString();
    }

    /// <summary>Writes the report as it goes: a draft can have millions of new figures, and the report is not held whole.</summary>
    public static void Write(IReadOnlyList<DraftResult> results, TextWriter sb)
    {
        foreach (var r in results)
        {
            var by = r.Drifts.ToLookup(d => d.Status);
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Draft: {r.DraftPath} (facts encoded on {r.BaselinePath})"));
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"facts: {by[AnchorStatus.Unchanged].Count()} unchanged, {by[AnchorStatus.Moved].Count()} moved, {by[AnchorStatus.Changed].Count()} changed, {by[AnchorStatus.Deleted].Count()} not found"));
            sb.WriteLine();
            Section(sb, "CHANGED FIGURES (stale: the fact's value is out of date)", by[AnchorStatus.Changed], d =>
                $"{d.Fact.Id}: {d.Fact.Value.Written} → {d.NewWritten} {d.Fact.Unit.Symbol}, line {d.Fact.SourceLine} → {d.NewLine}");
            Section(sb, "QUOTES NOT FOUND (stale: the fact's sentence is gone or rewritten)", by[AnchorStatus.Deleted], d =>
                $"{d.Fact.Id} = {d.Fact.Value.Written} {d.Fact.Unit.Symbol}, line {d.Fact.SourceLine}: \"{d.Fact.Quote}\"" +
                (d.NewLine > 0 ? $", its context now near line {d.NewLine}" : ", its context is gone too"));
            if (by[AnchorStatus.Moved].Any())
            {
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MOVED ({by[AnchorStatus.Moved].Count()}, re-anchored: update the fact's line)"));
                foreach (var d in by[AnchorStatus.Moved])
                    sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {d.Fact.Id} = {d.Fact.Value.Written} {d.Fact.Unit.Symbol}: line {d.Fact.SourceLine} → {d.NewLine}"));
                sb.WriteLine();
            }
            var broken = r.FindingChanges.Where(c => c.Breaks).ToList();
            var mended = r.FindingChanges.Where(c => c.Mends).ToList();
            if (broken.Count > 0)
            {
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CHECKS THE DRAFT BREAKS ({broken.Count})"));
                foreach (var c in broken) sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ✗ {c.Id}: {Shown.Found(c.Now)}"));
                sb.WriteLine();
            }
            if (mended.Count > 0)
            {
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CHECKS THE DRAFT MENDS ({mended.Count})"));
                foreach (var c in mended)
                    sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ✓ {c.Id} (was {Discrepancies.StatusName(c.Before)}): {Shown.Found(c.Now)}"));
                sb.WriteLine();
            }
            if (r.NewlyStale.Count > 0)
            {
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ACKNOWLEDGEMENTS THE DRAFT MAKES STALE ({r.NewlyStale.Count}: remove them, or update them if the discrepancy stands)"));
                foreach (var a in r.NewlyStale)
                    sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ? {a.Acknowledgement.FindingId}: {a.Why}  [{a.Acknowledgement.Location}]"));
                sb.WriteLine();
            }
            if (r.NewUncovered.Count > 0)
            {
                sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"NEW FIGURES NO FACT COVERS ({r.NewUncovered.Count})"));
                foreach (var f in r.NewUncovered)
                    sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  line {f.Figure.Line,5}: {f.Figure.Text,-16} {f.Context}"));
                sb.WriteLine();
            }
            var failing = r.Recheck.Inconsistent;
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Stale} stale facts; {failing} unacknowledged discrepancies under the draft's figures ({broken.Count} new, {mended.Count} mended); {r.NewlyStale.Count} acknowledgements made stale"));
        }
    }

    private static void Section(TextWriter sb, string title, IEnumerable<FactDrift> drifts, Func<FactDrift, string> head)
    {
        var list = drifts.ToList();
        if (list.Count == 0) return;
        sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{title} ({list.Count})"));
        foreach (var d in list)
        {
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ✗ {head(d)}  [{d.Fact.Location}]"));
            sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      old {d.Fact.SourceLine,5}: {d.OldText}"));
            if (d.NewLine > 0) sb.WriteLine(string.Create(CultureInfo.InvariantCulture, $"      new {d.NewLine,5}: {d.NewText}"));
            else sb.WriteLine("      new     -: (nothing)");
        }
        sb.WriteLine();
    }
}
