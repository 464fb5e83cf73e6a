using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Drafts;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// A new draft as data, in the shape of `check --format json`: { summary (the reports added up),
/// reports: [ each report's name, baseline, draft and own summary ], facts: [ every fact that is not
/// unchanged: id, status, value, newValue, unit, line, newLine, quote, oldText, newText, file,
/// fileLine, report ], findings: [ every check whose outcome the draft changes: id, kind, status
/// (now), before, change (breaks or mends), message, report ], staleAcknowledgements: [ those the
/// draft makes stale ], newUncovered: [ line, text, context, report ] }.
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

    public sealed record Summary(int Unchanged, int Moved, int Changed, int NotFound, int Stale, int Inconsistent, int Breaks, int Mends, int StaleAcknowledgements);
    public sealed record ReportDto(string Name, string Baseline, string Draft, Summary Summary);
    public sealed record FactDto(string Id, string Status, string Value, string? NewValue, string Unit, int Line, int NewLine,
        string Quote, string OldText, string NewText, string File, int FileLine, string Report);
    public sealed record FindingDto(string Id, string Kind, string Status, string Before, string Change, string Message, string Report);
    public sealed record StaleDto(string Finding, string Why, string File, int Line, string Report);
    public sealed record FigureDto(int Line, string Text, string Context, string Report);
    public sealed record Document(Summary Summary, IReadOnlyList<ReportDto> Reports, IReadOnlyList<FactDto> Facts, IReadOnlyList<FindingDto> Findings,
        IReadOnlyList<StaleDto> StaleAcknowledgements, IReadOnlyList<FigureDto> NewUncovered);

    public static string Render(IReadOnlyList<DraftResult> results)
    {
        var reports = results.Select(r => new ReportDto(Name(r), r.BaselinePath, r.DraftPath, SummaryOf(r))).ToList();
        var total = new Summary(reports.Sum(r => r.Summary.Unchanged), reports.Sum(r => r.Summary.Moved), reports.Sum(r => r.Summary.Changed),
            reports.Sum(r => r.Summary.NotFound), reports.Sum(r => r.Summary.Stale), reports.Sum(r => r.Summary.Inconsistent),
            reports.Sum(r => r.Summary.Breaks), reports.Sum(r => r.Summary.Mends), reports.Sum(r => r.Summary.StaleAcknowledgements));
        var doc = new Document(total, reports,
            results.SelectMany(r => r.Drifts.Where(d => d.Status != AnchorStatus.Unchanged).Select(d => new FactDto(d.Fact.Id, Status(d.Status), d.Fact.Value.Written,
                d.NewWritten, d.Fact.Unit.Symbol, d.Fact.SourceLine, d.NewLine, d.Fact.Quote, d.OldText, d.NewText, d.Fact.Location.File, d.Fact.Location.Line, Name(r)))).ToList(),
            results.SelectMany(r => r.FindingChanges.Select(c => new FindingDto(c.Id, c.Now.Kind, Discrepancies.StatusName(c.After), Discrepancies.StatusName(c.Before),
                c.Breaks ? "breaks" : "mends", c.Now.Message, Name(r)))).ToList(),
            results.SelectMany(r => r.NewlyStale.Select(s => new StaleDto(s.Acknowledgement.FindingId, s.Why, s.Acknowledgement.Location.File,
                s.Acknowledgement.Location.Line, Name(r)))).ToList(),
            results.SelectMany(r => r.NewUncovered.Select(f => new FigureDto(f.Figure.Line, f.Figure.Text, f.Context, Name(r)))).ToList());
        return JsonSerializer.Serialize(doc, Options);
    }

    /// <summary>The report's name: the folder of the text its facts were encoded on (the draft may stand anywhere).</summary>
    private static string Name(DraftResult r) =>
        Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(r.BaselinePath))) is { Length: > 0 } name ? name : "report";

    private static Summary SummaryOf(DraftResult r) => new(Count(r, AnchorStatus.Unchanged), Count(r, AnchorStatus.Moved), Count(r, AnchorStatus.Changed),
        Count(r, AnchorStatus.Deleted), r.Stale, r.Recheck.Inconsistent, r.FindingChanges.Count(c => c.Breaks), r.FindingChanges.Count(c => c.Mends), r.NewlyStale.Count);

    private static int Count(DraftResult r, AnchorStatus s) => r.Drifts.Count(d => d.Status == s);

    private static string Status(AnchorStatus s) => s switch
    {
        AnchorStatus.Unchanged => "unchanged",
        AnchorStatus.Moved => "moved",
        AnchorStatus.Changed => "changed",
        _ => "not-found",
    };
}
