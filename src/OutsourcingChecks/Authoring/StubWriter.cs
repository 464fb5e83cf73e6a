using System.Globalization;
using System.Text;

namespace OutsourcingChecks.Authoring;

/// <summary>Renders stubs as a facts file in the layout of docs/format.md, every string double-quoted.</summary>
public static class StubWriter
{
    public static string Render(StubResult result, string sourceName)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Stubs from {sourceName}, lines {result.FirstLine}-{result.LastLine}: {result.Stubs.Count + result.Skips.Count} of {result.FiguresFound} figures found are not accounted for: {result.Stubs.Count} proposed facts, {result.Skips.Count} proposed skipped entries.\n");
        sb.Append("# The id, measure, dims and period are guesses from the words around each figure (a table cell: its row, column and caption): review them all;\n");
        sb.Append("# a note starting with TODO says what the words did not tell. See docs/encoding-a-new-report.md.\n");
        sb.Append("facts:\n");
        if (result.Stubs.Count == 0) sb.Append("  []\n");
        foreach (var s in result.Stubs)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  - id: {s.Id}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    value: {Quote(s.Value)}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    unit: {Quote(s.Unit)}\n");
            if (s.Period is not null) sb.Append(CultureInfo.InvariantCulture, $"    period: {Quote(s.Period)}\n");
            if (s.Measure is not null) sb.Append(CultureInfo.InvariantCulture, $"    measure: {Plain(s.Measure)}\n");
            if (s.Dims.Count > 0)
                sb.Append(CultureInfo.InvariantCulture, $"    dims: {Dims(s.Dims)}\n");
            if (s.Qualifiers.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"    qualifiers: [{string.Join(", ", s.Qualifiers)}]\n");
            sb.Append(CultureInfo.InvariantCulture, $"    line: {s.Line}\n");
            sb.Append(CultureInfo.InvariantCulture, $"    quote: {Quote(s.Quote)}\n");
            if (s.Todo.Count > 0) sb.Append(CultureInfo.InvariantCulture, $"    note: {Quote("TODO " + string.Join("; ", s.Todo))}\n");
        }
        if (result.Skips.Count > 0)
        {
            sb.Append("skipped:\n");
            foreach (var s in result.Skips)
            {
                sb.Append(CultureInfo.InvariantCulture, $"  - line: {s.Line}\n");
                sb.Append(CultureInfo.InvariantCulture, $"    text: {Quote(s.Text)}\n");
                sb.Append(CultureInfo.InvariantCulture, $"    reason: {Quote(s.Reason)}\n");
            }
        }
        return sb.ToString();
    }

    /// <summary>Dims as a one-line YAML mapping: { scope: offshore, category: ITO }.</summary>
    public static string Dims(IEnumerable<KeyValuePair<string, string>> dims) =>
        "{ " + string.Join(", ", dims.Select(d => $"{Plain(d.Key)}: {Plain(d.Value)}")) + " }";

    /// <summary>A word as it is (letters, digits, '_', '.', '-'), else double-quoted.</summary>
    public static string Plain(string text) =>
        text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-') && !char.IsAsciiDigit(text[0]) ? text : Quote(text);

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
