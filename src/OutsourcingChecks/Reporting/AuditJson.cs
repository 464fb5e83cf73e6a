using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingChecks.Audit;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// The protection audit as data: { reports: [ { source, summary: { facts, digit, swap, scale, slipsCaught },
/// chapters: [ { key, heading, facts, digit, swap, scale, slipsCaught, unprotected: [ { id, value, unit,
/// sourceLine, checks, digit, swap, scale, passing } ] } ] } ] }. Shares are text, 0 to 1, four
/// decimals; per fact each kind is "protected", "unprotected" or "not-applicable", and passing
/// lists the slips no check catches.
/// </summary>
public static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record Summary(int Facts, string Digit, string Swap, string Scale, string SlipsCaught);
    public sealed record SlipDto(string Kind, string Value);
    public sealed record FactDto(string Id, string Value, string Unit, int SourceLine, string File, int Line, IReadOnlyList<string> Checks,
        string Digit, string Swap, string Scale, IReadOnlyList<SlipDto> Passing);
    public sealed record ChapterDto(string Key, string Heading, int Facts, string Digit, string Swap, string Scale, string SlipsCaught, IReadOnlyList<FactDto> Unprotected);
    public sealed record ReportDto(string Source, Summary Summary, IReadOnlyList<ChapterDto> Chapters);

    public static string Render(IReadOnlyList<AuditResult> results) =>
        JsonSerializer.Serialize(new { reports = results.Select(Report).ToList() }, Options);

    private static ReportDto Report(AuditResult r) => new(r.SourcePath,
        new Summary(r.Facts.Count(), S(r.Share(MutationKind.DigitChanged)), S(r.Share(MutationKind.DigitsSwapped)), S(r.Share(MutationKind.ScaledBy10)), S(r.SlipsCaught)),
        r.Chapters.Select(c => new ChapterDto(c.Chapter.Key, c.Chapter.Heading, c.Facts.Count,
            S(c.Share(MutationKind.DigitChanged)), S(c.Share(MutationKind.DigitsSwapped)), S(c.Share(MutationKind.ScaledBy10)), S(c.SlipsCaught),
            c.Facts.Where(f => f.IsUnprotected).Select(Fact).ToList())).ToList());

    private static FactDto Fact(FactProtection f) => new(f.Fact.Id, f.Fact.Value.Written, f.Fact.Unit.Symbol, f.Fact.SourceLine,
        f.Fact.Location.File, f.Fact.Location.Line, f.Checks, P(f.Against(MutationKind.DigitChanged)), P(f.Against(MutationKind.DigitsSwapped)),
        P(f.Against(MutationKind.ScaledBy10)), f.Slips.Where(s => !s.Caught).Select(s => new SlipDto(Slips.Name(s.Slip.Kind), s.Slip.Written)).ToList());

    private static string S(decimal share) => CoverageJson.Share(share);

    private static string P(Protection p) => p switch
    {
        Protection.Protected => "protected",
        Protection.Unprotected => "unprotected",
        _ => "not-applicable",
    };
}
