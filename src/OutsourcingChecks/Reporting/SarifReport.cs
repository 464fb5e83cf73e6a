using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools. The kinds of check (sum, share, growth …) are the rules of the
/// tool's driver, described once; each discrepancy (inconsistent or acknowledged) is a result with the
/// stated figure's facts-file line and report-text line as its locations, the other figures and the
/// rule as related locations, a fingerprint of its finding id (stable across runs), and for an
/// acknowledged one an external suppression carrying the reason. An undecided check is a result of
/// kind "open".
/// </summary>
public static class SarifReport
{
    public const string Version = "2.1.0";
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string ToolName = "OutsourcingChecks";
    public const string FingerprintKey = "findingId/v1";

    /// <summary>Where a reader learns about the tool: its package (the .NET tool `outsourcing-checks`).</summary>
    public const string InformationUri = "https://www.nuget.org/packages/OutsourcingChecks.Cli";

    /// <summary>The tool's version, from this assembly (the CLI and the library are versioned together).</summary>
    public static string ToolVersion { get; } =
        (typeof(SarifReport).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>The rule of the attribution findings: a figure credited to the wrong country or region, recorded by a reader.</summary>
    public const string AttributionRule = "attribution";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), // CJK stays readable; <, >, & stay escaped
    };

    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        var findings = runs.SelectMany(run => Discrepancies.Of(run).Select(f => (run, f))).ToList();
        var kinds = findings.Select(x => x.f.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var attributions = runs.SelectMany(run => run.Report.Attributions.Select(a => (run, a))).ToList();
        if (attributions.Count > 0) kinds.Add(AttributionRule);
        var rules = new JsonArray(kinds.Select(k => k == AttributionRule && attributions.Count > 0 ? AttributionDescriptor() : Rule(k)).ToArray<JsonNode?>());
        var results = new JsonArray(findings.Select(x => Result(x.run, x.f, kinds.IndexOf(x.f.Kind)))
            .Concat(attributions.Select(x => Attribution(x.run, x.a, kinds.IndexOf(AttributionRule)))).ToArray<JsonNode?>());
        var doc = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = Version,
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = Driver(rules),
                },
                ["columnKind"] = "unicodeCodePoints",
                ["results"] = results,
            }),
        };
        return doc.ToJsonString(Options);
    }

    /// <summary>
    /// Invalid input as SARIF, so a code-scanning service shows each problem at its file:line:column:
    /// the diagnostic codes are the rules, each diagnostic an error result, and the invocation failed.
    /// </summary>
    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var descriptors = list.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var codes = descriptors.Select(d => d.Code).ToList();
        var rules = descriptors.Select(d => (JsonNode?)new JsonObject
        {
            ["id"] = d.Code,
            ["name"] = string.Concat(d.Title.Split(' ', '-').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
            ["shortDescription"] = new JsonObject { ["text"] = d.Title },
            ["fullDescription"] = new JsonObject { ["text"] = $"{d.Title}: the input cannot be read as a report; nothing was checked." },
            ["defaultConfiguration"] = new JsonObject { ["level"] = "error" },
            ["help"] = Help($"{d.Title} ({d.Code}): fix the input at the location given, then check again. " +
                "Every input problem is listed at once; the file formats are described in docs/format.md."),
        }).ToArray();
        var results = list.Select(d =>
        {
            var result = new JsonObject
            {
                ["ruleId"] = d.Code,
                ["ruleIndex"] = codes.IndexOf(d.Code),
                ["kind"] = "fail",
                ["level"] = "error",
                ["message"] = new JsonObject { ["text"] = d.Message },
            };
            if (d.Location.File.Length > 0)
                result["locations"] = new JsonArray(Physical(d.Location.File, d.Location.Line, d.Location.Column, d.Message));
            return (JsonNode?)result;
        }).ToArray();
        var doc = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = Version,
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject { ["driver"] = Driver(new JsonArray(rules)) },
                ["invocations"] = new JsonArray(new JsonObject { ["executionSuccessful"] = false }),
                ["columnKind"] = "unicodeCodePoints",
                ["results"] = new JsonArray(results),
            }),
        };
        return doc.ToJsonString(Options);
    }

    private static JsonObject Driver(JsonArray rules) => new()
    {
        ["name"] = ToolName,
        ["version"] = ToolVersion,
        ["semanticVersion"] = ToolVersion,
        ["informationUri"] = InformationUri,
        ["rules"] = rules,
    };

    /// <summary>What a reader does about a finding of this rule: text, and the same as Markdown (GitHub's code scanning shows it).</summary>
    private static JsonObject Help(string text) => new() { ["text"] = text, ["markdown"] = text };

    private static JsonObject Rule(string kind)
    {
        var description = RuleKinds.Find(kind)?.Description ?? $"Checks of kind '{kind}'.";
        return new JsonObject
        {
            ["id"] = kind,
            ["name"] = Name(kind),
            ["shortDescription"] = new JsonObject { ["text"] = $"A {kind} check fails: no true values behind the written figures satisfy it." },
            ["fullDescription"] = new JsonObject { ["text"] = description },
            ["defaultConfiguration"] = new JsonObject { ["level"] = "error" },
            ["help"] = Help($"{description} The written figures, each standing for every value that rounds to it, cannot satisfy this check. " +
                "Correct the figure that is wrong in the report (the result names a suggested correction where one figure mends it), " +
                "or, when the report stands as published, acknowledge the discrepancy with a reason: outsourcing-checks ack FINDING_ID --reason \"...\"."),
        };
    }

    private static JsonObject AttributionDescriptor() => new()
    {
        ["id"] = AttributionRule,
        ["name"] = "AttributionFinding",
        ["shortDescription"] = new JsonObject { ["text"] = "A figure credited to the wrong country or region, recorded by a reader." },
        ["fullDescription"] = new JsonObject { ["text"] = "Arithmetic cannot catch a figure attributed to the wrong place; a reader recorded this one with the text that shows it." },
        ["defaultConfiguration"] = new JsonObject { ["level"] = "warning" },
        ["help"] = Help("A reader found the text crediting a figure to the wrong country or region (the quote shows it). Correct the text in the next edition; the record stays in the acknowledgements file until then."),
    };

    private static JsonObject Attribution(CheckRun run, Model.Attribution a, int ruleIndex)
    {
        var at = Physical(run.Report.Source.Path, a.SourceLine, 0, $"{a.Id}: report line {a.SourceLine}: {a.Quote}", a.Id);
        ((JsonObject)at["physicalLocation"]!["region"]!)["snippet"] = new JsonObject { ["text"] = run.Report.Source.Line(a.SourceLine) };
        return new JsonObject
        {
            ["ruleId"] = AttributionRule,
            ["ruleIndex"] = ruleIndex,
            ["kind"] = "review",
            ["level"] = "warning",
            ["message"] = new JsonObject { ["text"] = $"{a.Id}: {a.Reason}" },
            ["locations"] = new JsonArray(at),
            ["relatedLocations"] = new JsonArray(WithId(Physical(a.Location.File, a.Location.Line, a.Location.Column, $"{a.Id} (acknowledgements file)"), 1)),
            ["partialFingerprints"] = new JsonObject { [FingerprintKey] = Fingerprint(Discrepancies.ReportName(run), a.Id) },
            ["properties"] = new JsonObject { ["findingId"] = a.Id, ["status"] = AttributionRule, ["quote"] = a.Quote, ["report"] = Discrepancies.ReportName(run) },
        };
    }

    private static string Name(string kind) =>
        string.Concat(kind.Split('-', '_', '.').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..])) + "Check";

    private static JsonObject Result(CheckRun run, Finding f, int ruleIndex)
    {
        var primary = Discrepancies.Primary(f);
        var locations = new JsonArray();
        var related = new JsonArray();
        var id = 0;
        if (primary is { } stated)
        {
            locations.Add(FactLocation(stated));
            locations.Add(SourceLocation(run, stated));
        }
        foreach (var x in f.Figures.Where(x => x != primary))
        {
            related.Add(WithId(FactLocation(x), ++id));
            related.Add(WithId(SourceLocation(run, x), ++id));
        }
        if (f.RuleLocation.Line > 0)
            related.Add(WithId(Physical(f.RuleLocation.File, f.RuleLocation.Line, f.RuleLocation.Column, $"rule {f.RuleId} ({f.Kind})"), ++id));
        var result = new JsonObject
        {
            ["ruleId"] = f.Kind,
            ["ruleIndex"] = ruleIndex,
            // An undecided check is SARIF's "open": evaluated, without the information to pass or fail it.
            ["kind"] = f.Status == FindingStatus.Undecided ? "open" : "fail",
            ["level"] = f.Status switch { FindingStatus.Acknowledged => "warning", FindingStatus.Undecided => "none", _ => "error" },
            ["message"] = new JsonObject { ["text"] = $"{f.Id}: {f.Message}" },
            ["locations"] = locations,
            ["partialFingerprints"] = new JsonObject { [FingerprintKey] = Fingerprint(run, f) },
            ["properties"] = new JsonObject
            {
                ["findingId"] = f.Id,
                ["ruleId"] = f.RuleId,
                ["status"] = Discrepancies.StatusName(f.Status),
                ["claim"] = f.Claim,
                ["report"] = Discrepancies.ReportName(run),
            },
        };
        var properties = (JsonObject)result["properties"]!;
        if (f.Stated is not null) properties["stated"] = f.Stated;
        if (Shown.Implied(f) is { } implied) properties["implied"] = implied;
        if (related.Count > 0) result["relatedLocations"] = related;
        if (f.Status == FindingStatus.Acknowledged)
            result["suppressions"] = new JsonArray(new JsonObject
            {
                ["kind"] = "external",
                ["status"] = "accepted",
                ["justification"] = f.AcknowledgementReason ?? "",
            });
        return result;
    }

    /// <summary>A hash of the report name and finding id: the finding's identity, whatever its figures or message.</summary>
    public static string Fingerprint(CheckRun run, Finding f) => Fingerprint(Discrepancies.ReportName(run), f.Id);

    private static string Fingerprint(string report, string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(report + "\n" + id)))[..32];

    private static JsonObject FactLocation(FigureRef x) =>
        Physical(x.Location.File, x.Location.Line, x.Location.Column, $"{x.Id} = {x.Written} {x.Unit} (facts file)", x.Id);

    private static JsonObject SourceLocation(CheckRun run, FigureRef x)
    {
        var loc = Physical(run.Report.Source.Path, x.SourceLine, 0, $"{x.Id}: report line {x.SourceLine}: {x.Quote}", x.Id);
        ((JsonObject)loc["physicalLocation"]!["region"]!)["snippet"] = new JsonObject { ["text"] = run.Report.Source.Line(x.SourceLine) };
        return loc;
    }

    private static JsonObject Physical(string file, int line, int column, string message, string? logical = null)
    {
        var region = new JsonObject { ["startLine"] = Math.Max(1, line) };
        if (column > 0) region["startColumn"] = column;
        var loc = new JsonObject
        {
            ["physicalLocation"] = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = Uri(file) },
                ["region"] = region,
            },
            ["message"] = new JsonObject { ["text"] = message },
        };
        if (logical is not null)
            loc["logicalLocations"] = new JsonArray(new JsonObject { ["name"] = logical, ["kind"] = "variable" });
        return loc;
    }

    private static JsonObject WithId(JsonObject location, int id)
    {
        var o = new JsonObject { ["id"] = id };
        foreach (var (k, v) in location.ToList())
        {
            location.Remove(k);
            o[k] = v;
        }
        return o;
    }

    /// <summary>A relative path as a relative URI reference (forward slashes, each segment escaped); an absolute one as a file URI.</summary>
    public static string Uri(string path)
    {
        if (Path.IsPathRooted(path)) return new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
        return string.Join("/", path.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));
    }
}
