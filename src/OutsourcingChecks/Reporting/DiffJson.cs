using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingChecks.Drafts;

namespace OutsourcingChecks.Reporting;

/// <summary>The figures that changed between two drafts as data: { baseline, draft, changes: [ kind, old, new, unit, oldLine, newLine, oldText, newText ] }.</summary>
public static class DiffJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record ChangeDto(string Kind, string? Old, string? New, string Unit, int OldLine, int NewLine, string OldText, string NewText);

    public static string Render(string oldPath, string newPath, IReadOnlyList<FigureChange> changes) =>
        JsonSerializer.Serialize(new
        {
            baseline = oldPath,
            draft = newPath,
            changes = changes.Select(c => new ChangeDto(c.Kind.ToString().ToLowerInvariant(), c.Old?.Number, c.NewNumber,
                (c.Old ?? c.New)!.Value.Unit, c.OldLine, c.NewLine, c.OldText, c.NewText)).ToList(),
        }, Options);
}
