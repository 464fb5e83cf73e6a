using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// The JSON contract: { summary, reports, facts, findings, staleAcknowledgements, attributions }, or
/// { diagnostics } for invalid input. Field names and meanings are stable across versions. `summary`
/// adds up the reports of the run; `reports` gives each report's own counts (never summed into
/// another's), and every fact, finding and stale acknowledgement names its report.
/// </summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep CJK readable; this is not embedded in HTML
    };

    public sealed record Summary(int Facts, int Checks, int Consistent, int Inconsistent, int Acknowledged, int StaleAcknowledgements, int Attributions);
    /// <summary>One report's own counts: the summary's fields, the gate's split of the inconsistent ones, every status by name, and the rules that gave no check.</summary>
    public sealed record ReportDto(string Name, string Source, bool Passes, int Facts, int Checks, int Consistent, int Inconsistent, int Acknowledged,
        int StaleAcknowledgements, int Attributions, int NewDiscrepancies, int Notes, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<string> IdleRules);
    public sealed record FactDto(string Id, string Value, string Unit, string? Period, string? Measure, IReadOnlyDictionary<string, string> Dims,
        IReadOnlyList<string> Qualifiers, string File, int Line, int Column, int SourceLine, string Quote, string Report);
    public sealed record FigureDto(string Id, string Value, string Unit, int SourceLine, string Quote, string File, int Line);
    public sealed record IntervalDto(string? Lo, string? Hi);
    public sealed record FindingDto(string Id, string Rule, string Kind, string Status, string Message, string Claim, string? Stated,
        IntervalDto? Implied, string Unit, string? Margin, IReadOnlyList<FigureDto> Facts, string RuleFile, int RuleLine, string? Note, string? Acknowledgement,
        string? Verdict = null, string? VerdictNote = null, string? ConsequenceOf = null, SuggestionDto? Suggestion = null, string? Report = null,
        JointDto? Joint = null);
    /// <summary>
    /// A joint finding's statements (the checks that cannot all hold at once), and each figure with
    /// its value as written, the interval that stands for, and the values the others force on it
    /// when it alone is set free (null: no value of it alone reconciles them); in its own unit.
    /// </summary>
    public sealed record JointDto(IReadOnlyList<string> Checks, IReadOnlyList<JointFigureDto> Figures);
    public sealed record JointFigureDto(string Id, string Value, string Unit, IntervalDto Interval, IntervalDto? Forced);
    /// <summary>The best suggested correction: fact null when two figures must change.</summary>
    public sealed record SuggestionDto(string? Fact, string? Current, string? Suggested, IntervalDto? Mends, string Unit, string Slip,
        string? Other, IReadOnlyList<string> Mended, string Text);
    public sealed record StaleDto(string Finding, string Why, string File, int Line, string Report);
    public sealed record AttributionDto(string Id, int SourceLine, string Quote, string Reason, string Report);
    public sealed record DiagnosticDto(string Code, string Message, string File, int Line, int Column);
    /// <summary>Facts and findings are sequences, made as they are written: a large report is not held twice.</summary>
    public sealed record Document(Summary Summary, IReadOnlyList<ReportDto> Reports, IEnumerable<FactDto> Facts, IEnumerable<FindingDto> Findings,
        IReadOnlyList<StaleDto> StaleAcknowledgements, IReadOnlyList<AttributionDto> Attributions);

    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        using var buffer = new MemoryStream();
        Write(buffer, runs);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the document to the stream as it is serialised.</summary>
    public static void Write(Stream to, IReadOnlyList<CheckRun> runs)
    {
        var doc = new Document(
            new Summary(runs.Sum(r => r.Report.Facts.Count), runs.Sum(r => r.Findings.Count), runs.Sum(r => r.Consistent),
                runs.Sum(r => r.Inconsistent), runs.Sum(r => r.Acknowledged), runs.Sum(r => r.StaleAcknowledgements.Count),
                runs.Sum(r => r.Report.Attributions.Count)),
            RunDigest.Of(runs).Select(Report).ToList(),
            runs.SelectMany(r => r.Report.Facts.Select(f => Fact(f, Discrepancies.ReportName(r)))),
            runs.SelectMany(Findings),
            runs.SelectMany(r => r.StaleAcknowledgements.Select(s => new StaleDto(s.Acknowledgement.FindingId, s.Why,
                s.Acknowledgement.Location.File, s.Acknowledgement.Location.Line, Discrepancies.ReportName(r)))).ToList(),
            runs.SelectMany(r => r.Report.Attributions.Select(a => new AttributionDto(a.Id, a.SourceLine, a.Quote, a.Reason, Discrepancies.ReportName(r)))).ToList());
        JsonSerializer.Serialize(to, doc, Options);
    }

    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(new { diagnostics = diagnostics.Select(d => new DiagnosticDto(d.Code, d.Message, d.Location.File, d.Location.Line, d.Location.Column)) }, Options);

    /// <summary>A report's own counts, as every format shows them.</summary>
    public static ReportDto Report(RunDigest d) => new(d.Name, d.Run.Report.Source.Path, d.Passes, d.Facts, d.Checks, d.Consistent,
        d.Run.Inconsistent, d.Run.Acknowledged, d.Run.StaleAcknowledgements.Count, d.Run.Report.Attributions.Count, d.New.Count, d.Notes.Count,
        Enum.GetValues<FindingStatus>().ToDictionary(Discrepancies.StatusName, s => d.Run.Findings.Count(f => f.Status == s)),
        d.IdleRules.Select(r => r.Id).ToList());

    private static FactDto Fact(Fact f, string report) => new(f.Id, f.SignedWritten, f.Unit.Symbol, f.Period, f.Measure, f.Dims,
        f.Qualifiers.Select(Qualifiers.Name).ToList(), f.Location.File, f.Location.Line, f.Location.Column, f.SourceLine, f.Quote, report);

    private static IEnumerable<FindingDto> Findings(CheckRun run)
    {
        var suggestions = Localiser.Suggest(run);
        var verdicts = Grader.Verdicts(run, run.Findings, suggestions).ToDictionary(v => v.FindingId, StringComparer.Ordinal);
        var report = Discrepancies.ReportName(run);
        return run.Findings.Select(f => Finding(f, verdicts.GetValueOrDefault(f.Id),
            suggestions.GetValueOrDefault(f.Id) is [var best, ..] ? best : null) with { Report = report });
    }

    private static FindingDto Finding(Finding f, Verdict? v, Suggestion? s) => new(f.Id, f.RuleId, f.Kind, f.Status.ToString().ToLowerInvariant(), f.Message, f.Claim,
        f.Stated, f.Implied is { } i ? Bounds(i) : null, f.DisplayUnit, (f.Margin ?? v?.Margin)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        f.Figures.Select(x => new FigureDto(x.Id, x.Written, x.Unit, x.SourceLine, x.Quote, x.Location.File, x.Location.Line)).ToList(),
        f.RuleLocation.File, f.RuleLocation.Line, f.Note, f.AcknowledgementReason,
        v is null ? null : Grades.Name(v.Grade), v?.Note, v?.ConsequenceOf,
        s is null ? null : new SuggestionDto(s.FactId, s.Current, s.Suggested, s.Mends is { } m ? Bounds(m) : null, s.Unit,
            SuggestionText.Name(s.Slip), s.OtherFactId, s.ChecksMended, SuggestionText.Describe(s)),
        Joint: f.Check is JointCheck j && f.Joint is { } detail
            ? new JointDto(j.Statements.Select(c => c.Id).ToList(), detail.Figures.Select(x => new JointFigureDto(x.Figure.Id, x.Figure.Written, x.Figure.Unit,
                Bounds(x.Written), x.Forced is { } forced ? Bounds(forced) : null)).ToList())
            : null);

    private static IntervalDto Bounds(Interval i) => new(
        i.Lo is { } lo ? Interval.Format(lo, 8) : null,
        i.Hi is { } hi ? Interval.Format(hi, 8) : null);
}
