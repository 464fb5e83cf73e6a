using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Coverage;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// The coverage as data: { reports: [ { source, summary, chapters: [ { key, number, heading,
/// firstLine, lastLine, found, covered, skipped, uncovered, share, figures } ], unmatchedFacts } ] }.
/// Each figure: line, column, number, unit, text, status (covered | skipped | uncovered), fact, reason, context.
/// </summary>
public static class CoverageJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Counts(int Found, int Covered, int Skipped, int Uncovered, string Share);
    public sealed record FigureDto(int Line, int Column, string Number, string Unit, string Text, string Status, string? Fact, string? Reason, string Context);
    public sealed record ChapterDto(string Key, int Number, string Heading, int FirstLine, int LastLine,
        int Found, int Covered, int Skipped, int Uncovered, string Share, IReadOnlyList<FigureDto> Figures);
    public sealed record FactDto(string Id, string Value, string Unit, int SourceLine, string File, int Line);
    public sealed record ReportDto(string Source, Counts Summary, IReadOnlyList<ChapterDto> Chapters, IReadOnlyList<FactDto> UnmatchedFacts);

    public static string Render(IReadOnlyList<CoverageResult> results) =>
        JsonSerializer.Serialize(new { reports = results.Select(Report).ToList() }, Options);

    private static ReportDto Report(CoverageResult r) => new(
        r.SourcePath,
        new Counts(r.Found, r.Covered, r.Skipped, r.Uncovered, Share(r.Share)),
        r.Chapters.Select(c => new ChapterDto(c.Chapter.Key, c.Chapter.Number, c.Chapter.Heading, c.Chapter.FirstLine, c.Chapter.LastLine,
            c.Found, c.Covered, c.Skipped, c.Uncovered, Share(c.Share),
            c.Figures.Select(f => new FigureDto(f.Figure.Line, f.Figure.Column, f.Figure.Number, f.Figure.Unit, f.Figure.Text,
                f.Status.ToString().ToLowerInvariant(), f.FactId, f.SkipReason, f.Context)).ToList())).ToList(),
        r.UnmatchedFacts.Select(f => new FactDto(f.Id, f.Value.Written, f.Unit.Symbol, f.SourceLine, f.Location.File, f.Location.Line)).ToList());

    /// <summary>A share from 0 to 1 with four decimals, as text so no float rounding enters the contract.</summary>
    public static string Share(decimal share) => Math.Round(share, 4).ToString("0.0000", CultureInfo.InvariantCulture);
}
