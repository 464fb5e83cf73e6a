using System.Globalization;
using System.Text;
using OutsourcingChecks.Authoring;

namespace OutsourcingChecks.Proposing;

/// <summary>
/// Renders proposals as a rules file (docs/format.md): the derived quantities they need, then each
/// rule with a comment giving its status and why it was proposed, so a fact-checker keeps, edits or
/// drops it in place.
/// </summary>
public static class ProposalWriter
{
    public static string Render(ProposalSet set, string factsName)
    {
        var sb = new StringBuilder();
        var counts = set.New.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        sb.Append(CultureInfo.InvariantCulture, $"# Rules proposed from the facts of {factsName} (their measure, dims and period) and the vocabulary: {set.New.Count} proposals, ");
        sb.Append(CultureInfo.InvariantCulture, $"{counts.GetValueOrDefault(ProposalStatus.Consistent)} consistent, {counts.GetValueOrDefault(ProposalStatus.Inconsistent)} inconsistent, {counts.GetValueOrDefault(ProposalStatus.Undecided)} undecided;\n");
        sb.Append(CultureInfo.InvariantCulture, $"# {set.Repeated.Count} more repeat rules the report has and are not written. Each was checked at once: keep a consistent one,\n");
        sb.Append("# edit or drop it; an INCONSISTENT one is a discrepancy of the report or a rule that does not hold: check its figures first.\n");
        sb.Append("# See docs/encoding-a-new-report.md.\n");
        if (set.Derived.Count > 0)
        {
            sb.Append("derived:\n");
            foreach (var d in set.Derived)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  - id: {d.Id}\n");
                sb.Append(CultureInfo.InvariantCulture, $"    expr: {StubWriter.Quote(d.Expression)}\n");
                sb.Append(CultureInfo.InvariantCulture, $"    measure: {StubWriter.Plain(d.Measure)}\n");
                if (d.Dims.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"    dims: {StubWriter.Dims(d.Dims)}\n");
                sb.Append(CultureInfo.InvariantCulture, $"    period: {StubWriter.Quote(d.Period)}\n");
                sb.Append(CultureInfo.InvariantCulture, $"    note: {StubWriter.Quote("proposed: " + d.Why)}\n");
            }
        }
        sb.Append("rules:\n");
        if (set.New.Count == 0) sb.Append("  []\n");
        foreach (var p in set.New)
        {
            var status = p.Status switch
            {
                ProposalStatus.Consistent => "consistent",
                ProposalStatus.Inconsistent => "INCONSISTENT: " + OneLine(p.Message),
                _ => "UNDECIDED: " + OneLine(p.Message),
            };
            sb.Append(CultureInfo.InvariantCulture, $"  # {status}\n");
            sb.Append(CultureInfo.InvariantCulture, $"  - id: {p.Rule.Id}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    kind: {p.Rule.Kind}\n");
            foreach (var f in p.Rule.Fields)
            {
                if (f.IsList) sb.Append(CultureInfo.InvariantCulture, $"    {f.Name}: [{string.Join(", ", f.Items.Select(StubWriter.Quote))}]\n");
                else sb.Append(CultureInfo.InvariantCulture, $"    {f.Name}: {StubWriter.Quote(f.Items[0])}\n");
            }
            sb.Append(CultureInfo.InvariantCulture, $"    note: {StubWriter.Quote("proposed: " + p.Rule.Why)}\n");
        }
        return sb.ToString();
    }

    private static string OneLine(string? text) => string.Join(" ", (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
