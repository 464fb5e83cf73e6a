using System.Text.Json.Nodes;
using FluentAssertions;
using Json.Schema;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>The SARIF output validates against the official SARIF 2.1.0 JSON schema.</summary>
[TestFixture]
public class SarifSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemata", "sarif-2.1.0.json");
        // The schema names itself by its $id; register it under that id so its internal references resolve.
        return JsonSchema.FromText(File.ReadAllText(path));
    });

    private static IReadOnlyList<string> Errors(string sarif)
    {
        var result = Schema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(sarif).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        return errors.Count > 0 ? errors : ["invalid"];
    }

    [Test]
    public void The_log_of_a_run_with_discrepancies_and_acknowledgements_is_valid_sarif_2_1_0()
    {
        var run = new ReviewFixture().Run();
        Errors(SarifReport.Render([run])).Should().BeEmpty();
    }

    [Test]
    public void The_log_of_invalid_input_is_valid_sarif_2_1_0()
    {
        var (_, diagnostics) = RawReport.Load(facts: "facts:\n  - id: a\n    value: [1, 2\n");
        diagnostics.Should().NotBeEmpty();
        Errors(SarifReport.Diagnostics(diagnostics)).Should().BeEmpty();
    }

    [Test]
    public void The_schema_rejects_a_log_that_breaks_it()
    {
        var broken = JsonNode.Parse(SarifReport.Render([new ReviewFixture().Run()]))!.AsObject();
        broken["runs"]![0]!["results"]![0]!["level"] = "fatal"; // not one of none, note, warning, error
        Errors(broken.ToJsonString()).Should().NotBeEmpty();
    }
}
