using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Drafts;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// A new draft as data: { reports: [ { baseline, draft, summary: { unchanged, moved, changed,
/// notFound, stale, inconsistent }, facts: [ every fact not unchanged: id, status, value, newValue,
/// unit, line, newLine, quote, oldText, newText, file, fileLine ], findingChanges: [ id, before,
/// after, message ], newUncovered: [ line, text, context ] } ] }.
/// </summary>
public static class DraftJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Summary(int Unchanged, int Moved, int Changed, int NotFound, int Stale, int Inconsistent);
    public sealed record FactDto(string Id, string Status, string Value, string? NewValue, string Unit, int Line, int NewLine,
        string Quote, string OldText, string NewText, string File, int FileLine);
    public sealed record ChangeDto(string Id, string Before, string After, string Message);
    public sealed record FigureDto(int Line, string Text, string Context);
    public sealed record ReportDto(string Baseline, string Draft, Summary Summary, IReadOnlyList<FactDto> Facts,
        IReadOnlyList<ChangeDto> FindingChanges, IReadOnlyList<FigureDto> NewUncovered);

    public static string Render(IReadOnlyList<DraftResult> results) =>
        JsonSerializer.Serialize(new { reports = results.Select(Report).ToList() }, Options);

    private static ReportDto Report(DraftResult r) => new(r.BaselinePath, r.DraftPath,
        new Summary(Count(r, AnchorStatus.Unchanged), Count(r, AnchorStatus.Moved), Count(r, AnchorStatus.Changed), Count(r, AnchorStatus.Deleted),
            r.Stale, r.Recheck.Inconsistent),
        r.Drifts.Where(d => d.Status != AnchorStatus.Unchanged).Select(d => new FactDto(d.Fact.Id, Status(d.Status), d.Fact.Value.Written,
            d.NewWritten, d.Fact.Unit.Symbol, d.Fact.SourceLine, d.NewLine, d.Fact.Quote, d.OldText, d.NewText, d.Fact.Location.File, d.Fact.Location.Line)).ToList(),
        r.FindingChanges.Select(c => new ChangeDto(c.Id, c.Before.ToString().ToLowerInvariant(), c.After.ToString().ToLowerInvariant(), c.Now.Message)).ToList(),
        r.NewUncovered.Select(f => new FigureDto(f.Figure.Line, f.Figure.Text, f.Context)).ToList());

    private static int Count(DraftResult r, AnchorStatus s) => r.Drifts.Count(d => d.Status == s);

    private static string Status(AnchorStatus s) => s switch
    {
        AnchorStatus.Unchanged => "unchanged",
        AnchorStatus.Moved => "moved",
        AnchorStatus.Changed => "changed",
        _ => "not-found",
    };
}
