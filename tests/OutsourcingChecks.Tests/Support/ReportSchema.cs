using System.Text.Json;
using Json.Schema;

namespace OutsourcingChecks.Tests.Support;

/// <summary>schemas/report.schema.json, loaded once, and the errors it finds in a YAML text.</summary>
public static class ReportSchema
{
    public static string Path { get; } = Repository.File("schemas", "report.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Path)));

    public static JsonElement Document { get; } = JsonDocument.Parse(File.ReadAllText(Path)).RootElement;

    /// <summary>Every schema error in the YAML text as "instance location: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string yaml)
    {
        var result = Schema.Value.Evaluate(YamlJson.Parse(yaml), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return [];
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .ToList();
        return errors.Count > 0 ? errors : ["invalid"];
    }
}
