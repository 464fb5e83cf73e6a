using System.Text.Json.Nodes;
using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>
/// SARIF 2.1.0 output: what the writer puts where (required properties, enumerations, minimums and
/// references between them). <see cref="SarifSchemaTests"/> validates the whole log against the official schema.
/// </summary>
[TestFixture]
public class SarifReportTests
{
    private ReviewFixture _fixture = null!;
    private CheckRun _run = null!;
    private JsonObject _log = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _fixture = new ReviewFixture();
        _run = _fixture.Run();
        _log = JsonNode.Parse(SarifReport.Render([_run]))!.AsObject();
    }

    private JsonObject Run => _log["runs"]![0]!.AsObject();
    private IReadOnlyList<JsonObject> Results => Run["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
    private JsonObject Result(string findingId) => Results.Single(r => (string?)r["properties"]!["findingId"] == findingId);

    [Test]
    public void The_log_names_the_schema_and_version_2_1_0()
    {
        ((string?)_log["version"]).Should().Be("2.1.0");
        ((string?)_log["$schema"]).Should().Be(SarifReport.SchemaUri);
        System.Uri.IsWellFormedUriString((string?)_log["$schema"], UriKind.Absolute).Should().BeTrue();
        _log["runs"]!.AsArray().Should().ContainSingle();
    }

    [Test]
    public void The_driver_has_a_version_an_information_uri_and_every_rule_has_help()
    {
        var driver = Run["tool"]!["driver"]!.AsObject();
        ((string?)driver["version"]).Should().MatchRegex(@"^\d+\.\d+\.\d+");
        ((string?)driver["semanticVersion"]).Should().Be((string?)driver["version"]);
        System.Uri.IsWellFormedUriString((string?)driver["informationUri"], UriKind.Absolute).Should().BeTrue();
        driver["rules"]!.AsArray().Should().NotBeEmpty().And.OnlyContain(r => ((string?)r!["help"]!["text"])!.Length > 40);
    }

    [Test]
    public void An_attribution_finding_is_a_warning_at_its_report_line_under_a_rule_of_its_own()
    {
        var run = new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", "3.3").Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Attribute("attribution.t", 4, "3.3 亿美元", "Credited to the nation; it is the city's.").Check().Run!;
        var log = JsonNode.Parse(SarifReport.Render([run]))!["runs"]![0]!;
        var result = log["results"]!.AsArray().Single()!;
        ((string?)result["ruleId"]).Should().Be("attribution");
        ((string?)log["tool"]!["driver"]!["rules"]![(int)result["ruleIndex"]!]!["id"]).Should().Be("attribution");
        ((string?)result["level"]).Should().Be("warning");
        ((int?)result["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]).Should().Be(4);
        ((string?)result["message"]!["text"]).Should().Contain("Credited to the nation");
    }

    [Test]
    public void Every_object_has_what_the_schema_requires()
    {
        Sarif.Validate(_log).Should().BeEmpty();
    }

    [Test]
    public void The_validator_itself_rejects_what_the_schema_forbids()
    {
        var broken = JsonNode.Parse(SarifReport.Render([_run]))!.AsObject();
        var result = broken["runs"]![0]!["results"]![0]!.AsObject();
        result.Remove("message");
        result["level"] = "fatal";
        broken["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name");
        Sarif.Validate(broken).Should().HaveCount(3);
    }

    [Test]
    public void One_result_per_discrepancy_inconsistent_or_acknowledged()
    {
        Results.Select(r => (string?)r["properties"]!["findingId"]).Should()
            .BeEquivalentTo(_run.Findings.Where(f => f.Status != FindingStatus.Consistent).Select(f => f.Id));
    }

    [Test]
    public void Each_result_names_a_rule_of_the_driver_by_id_and_index()
    {
        var rules = Run["tool"]!["driver"]!["rules"]!.AsArray();
        foreach (var r in Results)
        {
            var rule = rules[(int)r["ruleIndex"]!]!;
            ((string?)rule["id"]).Should().Be((string?)r["ruleId"]);
            ((string?)rule["fullDescription"]!["text"]).Should().NotBeNullOrWhiteSpace();
        }
        rules.Select(x => (string?)x!["id"]).Should().OnlyHaveUniqueItems().And.Contain("sum", "same");
    }

    [Test]
    public void The_locations_are_the_stated_figure_in_the_facts_file_and_in_the_report_text()
    {
        var a = _run.Report.Facts.Single(f => f.Id == "a");
        var locations = Result(ReviewFixture.SumId)["locations"]!.AsArray();
        locations.Should().HaveCount(2);
        Uri(locations[0]!).Should().EndWith("facts/demo/facts.yaml");
        StartLine(locations[0]!).Should().Be(a.Location.Line);
        Uri(locations[1]!).Should().EndWith("facts/demo/source.txt");
        StartLine(locations[1]!).Should().Be(a.SourceLine);
        ((string?)locations[1]!["physicalLocation"]!["region"]!["snippet"]!["text"]).Should().Contain("<script>alert(1)</script>",
            "a snippet is data in JSON, shown as text by a SARIF viewer");
    }

    [Test]
    public void The_other_figures_and_the_rule_are_related_locations_with_unique_ids()
    {
        var related = Result(ReviewFixture.SumId)["relatedLocations"]!.AsArray();
        var ids = related.Select(r => (int)r!["id"]!).ToList();
        ids.Should().OnlyHaveUniqueItems();
        related.Select(r => (string?)r!["message"]!["text"]).Should().Contain(t => t!.StartsWith("b = 60.0", StringComparison.Ordinal))
            .And.Contain(t => t!.StartsWith("c = 50.0", StringComparison.Ordinal))
            .And.Contain(t => t!.StartsWith("rule sum.parts", StringComparison.Ordinal));
    }

    [Test]
    public void An_acknowledged_result_carries_an_external_suppression_with_the_reason_and_an_open_one_none()
    {
        var suppressions = Result(ReviewFixture.SameId)["suppressions"]!.AsArray();
        ((string?)suppressions.Single()!["kind"]).Should().Be("external");
        ((string?)suppressions.Single()!["justification"]).Should().Be(ReviewFixture.AckReason);
        Result(ReviewFixture.SumId).ContainsKey("suppressions").Should().BeFalse();
        ((string?)Result(ReviewFixture.SumId)["level"]).Should().Be("error");
    }

    [Test]
    public void The_fingerprint_stays_when_the_figures_and_the_message_change_and_differs_between_findings()
    {
        var changed = new ReviewFixture(ReviewFixture.Facts.Replace("value: 60.0", "value: 70.0").Replace("B 60.0", "B 70.0"));
        File.WriteAllText(changed.Paths.SourceFile, ReviewFixture.Source.Replace("B 60.0", "B 70.0"));
        var other = JsonNode.Parse(SarifReport.Render([changed.Run()]))!["runs"]![0]!["results"]!.AsArray()
            .Single(r => (string?)r!["properties"]!["findingId"] == ReviewFixture.SumId)!;
        ((string?)other["message"]!["text"]).Should().NotBe((string?)Result(ReviewFixture.SumId)["message"]!["text"]);
        Fingerprint(other).Should().Be(Fingerprint(Result(ReviewFixture.SumId)));
        Fingerprint(Result(ReviewFixture.SameId)).Should().NotBe(Fingerprint(Result(ReviewFixture.SumId)));
    }

    [Test]
    public void Invalid_input_is_a_failed_invocation_with_each_problem_at_its_file_line_and_column()
    {
        var broken = new ReviewFixture(ReviewFixture.Facts.Replace("quote: C 50.0 亿美元", "quote: C 55.0 亿美元"));
        var (report, diagnostics) = OutsourcingChecks.Loading.ReportLoader.Load(broken.Paths);
        report.Should().BeNull();
        var log = JsonNode.Parse(SarifReport.Diagnostics(diagnostics))!.AsObject();
        Sarif.Validate(log).Should().BeEmpty();
        var run = log["runs"]![0]!;
        ((bool)run["invocations"]![0]!["executionSuccessful"]!).Should().BeFalse();
        var results = run["results"]!.AsArray();
        results.Should().HaveCount(diagnostics.Count);
        var first = diagnostics[0];
        ((string?)results[0]!["ruleId"]).Should().Be(first.Code);
        Uri(results[0]!["locations"]![0]!).Should().EndWith("facts.yaml");
        StartLine(results[0]!["locations"]![0]!).Should().Be(first.Location.Line);
    }

    [TestCase("facts/demo/a b.yaml", "facts/demo/a%20b.yaml")]
    [TestCase("facts/数据.yaml", "facts/%E6%95%B0%E6%8D%AE.yaml")]
    [TestCase("/tmp/x.yaml", "file:///tmp/x.yaml")]
    public void Paths_become_uri_references(string path, string uri) => SarifReport.Uri(path).Should().Be(uri);

    private static string Uri(JsonNode location) => (string)location["physicalLocation"]!["artifactLocation"]!["uri"]!;

    private static int StartLine(JsonNode location) => (int)location["physicalLocation"]!["region"]!["startLine"]!;

    private static string Fingerprint(JsonNode result) => (string)result["partialFingerprints"]![SarifReport.FingerprintKey]!;

    /// <summary>The constraints of the SARIF 2.1.0 schema on the objects this tool emits.</summary>
    private static class Sarif
    {
        private static readonly string[] Levels = ["none", "note", "warning", "error"];
        private static readonly string[] Kinds = ["notApplicable", "pass", "fail", "review", "open", "informational"];
        private static readonly string[] SuppressionKinds = ["inSource", "external"];
        private static readonly string[] SuppressionStatuses = ["accepted", "underReview", "rejected"];
        private static readonly string[] ColumnKinds = ["utf16CodeUnits", "unicodeCodePoints"];

        public static List<string> Validate(JsonObject log)
        {
            var errors = new List<string>();
            Require(log, "sarifLog", errors, "version", "runs");
            if ((string?)log["version"] != "2.1.0") errors.Add("sarifLog.version must be 2.1.0");
            if (log["$schema"] is { } s && !System.Uri.IsWellFormedUriString((string?)s, UriKind.RelativeOrAbsolute)) errors.Add("$schema is not a URI");
            foreach (var run in Objects(log["runs"]))
            {
                Require(run, "run", errors, "tool");
                var driver = run["tool"]?["driver"] as JsonObject;
                if (driver is null) { errors.Add("tool.driver is required"); continue; }
                Require(driver, "toolComponent", errors, "name");
                var rules = Objects(driver["rules"]).ToList();
                foreach (var rule in rules)
                {
                    Require(rule, "reportingDescriptor", errors, "id");
                    foreach (var d in new[] { "shortDescription", "fullDescription" })
                        if (rule[d] is JsonObject m) Require(m, "multiformatMessageString", errors, "text");
                    if (rule["defaultConfiguration"]?["level"] is { } l) Enum("defaultConfiguration.level", l, Levels, errors);
                }
                if (run["columnKind"] is { } ck) Enum("run.columnKind", ck, ColumnKinds, errors);
                foreach (var result in Objects(run["results"]))
                {
                    Require(result, "result", errors, "message");
                    if (result["message"] is JsonObject msg && msg["text"] is null && msg["id"] is null) errors.Add("message needs text or id");
                    if (result["level"] is { } level) Enum("result.level", level, Levels, errors);
                    if (result["kind"] is { } kind) Enum("result.kind", kind, Kinds, errors);
                    if (result["ruleIndex"] is { } ri && ((int)ri < -1 || (int)ri >= rules.Count)) errors.Add("ruleIndex out of range");
                    foreach (var loc in Objects(result["locations"]).Concat(Objects(result["relatedLocations"]))) Location(loc, errors);
                    if (result["partialFingerprints"] is JsonObject fp && fp.Any(kv => kv.Value?.GetValueKind() != System.Text.Json.JsonValueKind.String))
                        errors.Add("partialFingerprints values must be strings");
                    foreach (var sup in Objects(result["suppressions"]))
                    {
                        Require(sup, "suppression", errors, "kind");
                        if (sup["kind"] is { } k) Enum("suppression.kind", k, SuppressionKinds, errors);
                        if (sup["status"] is { } st) Enum("suppression.status", st, SuppressionStatuses, errors);
                    }
                }
            }
            return errors;
        }

        private static void Location(JsonObject loc, List<string> errors)
        {
            if (loc["id"] is { } id && (int)id < -1) errors.Add("location.id must be >= -1");
            if (loc["message"] is JsonObject m && m["text"] is null) errors.Add("location.message needs text");
            if (loc["physicalLocation"] is not JsonObject p) return;
            if (p["artifactLocation"] is not JsonObject a && p["address"] is null) errors.Add("physicalLocation needs artifactLocation or address");
            else if (p["artifactLocation"]?["uri"] is { } uri && !System.Uri.IsWellFormedUriString((string?)uri, UriKind.RelativeOrAbsolute))
                errors.Add($"artifactLocation.uri '{uri}' is not a URI reference");
            if (p["region"] is JsonObject r)
                foreach (var n in new[] { "startLine", "startColumn", "endLine", "endColumn" })
                    if (r[n] is { } v && (int)v < 1) errors.Add($"region.{n} must be >= 1");
        }

        private static void Require(JsonObject o, string what, List<string> errors, params string[] names)
        {
            foreach (var n in names) if (o[n] is null) errors.Add($"{what}.{n} is required");
        }

        private static void Enum(string what, JsonNode value, string[] allowed, List<string> errors)
        {
            if (!allowed.Contains((string?)value)) errors.Add($"{what} '{value}' is not one of {string.Join(", ", allowed)}");
        }

        private static IEnumerable<JsonObject> Objects(JsonNode? array) =>
            array is JsonArray a ? a.OfType<JsonObject>() : [];
    }
}
