using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OutsourcingChecks.Reviewing;

/// <summary>The result of an edit: the new text of the file, and whether an existing entry was updated.</summary>
public sealed record AcknowledgementEdit(string Text, bool Updated);

/// <summary>
/// Adds or updates one acknowledgement in the text of an acknowledgements file by editing the text,
/// never by re-serialising it: every other entry, comment, blank line and quoting style stays as written.
/// An existing entry for the finding keeps its place and its comments; only its figures and reason
/// values are replaced. A new entry goes after the last one, indented like it.
/// </summary>
public static partial class AcknowledgementEditor
{
    public static readonly DiagnosticDescriptor CannotEdit = new("OC090", "Cannot edit the acknowledgements file", "cannot edit this file safely: {0}");

    private const int WrapAt = 100;

    /// <summary>
    /// The new text of the file (<paramref name="text"/> is null for a file that does not exist yet),
    /// or null with a diagnostic in the bag when the file's structure cannot be edited safely.
    /// </summary>
    public static AcknowledgementEdit? Upsert(string? text, string displayPath, AcknowledgementEntry entry, DiagnosticBag bag)
    {
        if (entry.Reason.Trim().Length == 0)
        {
            bag.Add(CannotEdit, new Location(displayPath, 0, 0), "the reason is empty");
            return null;
        }
        if (text is null || !HasContent(text)) return new AcknowledgementEdit(AppendSection(text ?? "", entry, "\n"), false);
        var nl = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(NestingGuard.Parser(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode m)
            {
                bag.Add(CannotEdit, new Location(displayPath, 1, 1), "expected one YAML document with top-level sections");
                return null;
            }
            root = m;
        }
        catch (YamlException ex)
        {
            bag.Add(Descriptors.MalformedYaml, YamlFile.At(displayPath, ex.Start), ex.Message);
            return null;
        }
        catch (NestingGuard.TooDeep deep)
        {
            bag.Add(Descriptors.NestingTooDeep, YamlFile.At(displayPath, deep.Mark), NestingGuard.MaxNesting);
            return null;
        }
        var section = root.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "acknowledged" });
        if (section.Key is null) return new AcknowledgementEdit(AppendSection(text, entry, nl), false);
        var at = YamlFile.At(displayPath, section.Key.Start);
        switch (section.Value)
        {
            case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Block } seq when seq.Children.Count > 0:
                var existing = seq.Children.OfType<YamlMappingNode>().FirstOrDefault(i => Scalar(i, "finding") == entry.FindingId);
                return existing is not null
                    ? Update(text, existing, entry, nl, displayPath, bag)
                    : new AcknowledgementEdit(Append(text, seq, entry, nl), false);
            case YamlSequenceNode { Children.Count: 0 } empty:
                // acknowledged: [] -> acknowledged:\n  - finding: ...
                var from = LineEndBefore(text, (int)empty.Start.Index);
                var to = End(text, empty);
                var keyIndent = (int)section.Key.Start.Column - 1;
                return new AcknowledgementEdit(text[..from] + nl + Render(entry, keyIndent + 2, nl).TrimEnd('\r', '\n') + text[to..], false);
            case YamlScalarNode { Value: null or "" } blank when blank.Start.Line == section.Key.Start.Line:
                var lineEnd = LineEnd(text, (int)section.Key.Start.Index);
                return new AcknowledgementEdit(text[..lineEnd].TrimEnd(' ') + nl + Render(entry, (int)section.Key.Start.Column - 1 + 2, nl).TrimEnd('\r', '\n') + text[lineEnd..], false);
            default:
                bag.Add(CannotEdit, at, "'acknowledged' is not a block list (- finding: …); write it as one, or give another --file");
                return null;
        }
    }

    private static AcknowledgementEdit? Update(string text, YamlMappingNode item, AcknowledgementEntry entry, string nl, string displayPath, DiagnosticBag bag)
    {
        var figures = item.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "figures" });
        var reason = item.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: "reason" });
        if (figures.Key is null || reason.Key is null)
        {
            bag.Add(CannotEdit, YamlFile.At(displayPath, item.Start), $"the acknowledgement of '{entry.FindingId}' has no {(figures.Key is null ? "figures" : "reason")}; complete it by hand");
            return null;
        }
        // A folded block may replace the reason only where nothing follows it on its line and the entry is
        // not a flow mapping: anything after a block scalar would become part of it.
        var reasonEnd = End(text, reason.Value);
        var block = item.Style != YamlDotNet.Core.Events.MappingStyle.Flow && text[reasonEnd..LineEnd(text, reasonEnd)].Trim().Length == 0;
        var newReason = block ? ReasonText(entry.Reason, (int)reason.Key.Start.Column - 1 + 2, nl) : Quoted(entry.Reason.Trim());
        // Replace the later value first, so the earlier one's offsets stay valid.
        var edits = new List<(int From, int To, string With)>
        {
            Span(text, figures.Value, FiguresText(entry, figures.Value, nl)),
            Span(text, reason.Value, newReason),
        };
        var result = text;
        foreach (var (from, to, with) in edits.OrderByDescending(e => e.From)) result = result[..from] + with + result[to..];
        return new AcknowledgementEdit(result, true);
    }

    private static (int, int, string) Span(string text, YamlNode value, string with)
    {
        var from = (int)value.Start.Index;
        if (value is YamlScalarNode { Value: null or "" } && value.Start.Index == value.End.Index)
            return (from, from, " " + with); // "figures:" with nothing after it
        return (from, End(text, value), with);
    }

    private static string FiguresText(AcknowledgementEntry entry, YamlNode old, string nl)
    {
        var pairs = entry.Figures.Select(kv => $"{Key(kv.Key)}: {Quoted(kv.Value)}").ToList();
        if (old is YamlMappingNode { Style: not YamlDotNet.Core.Events.MappingStyle.Flow } && old.Start.Line > 0 && pairs.Count > 0)
            return string.Join(nl + new string(' ', (int)old.Start.Column - 1), pairs);
        return pairs.Count == 0 ? "{}" : "{ " + string.Join(", ", pairs) + " }";
    }

    private static string Append(string text, YamlSequenceNode seq, AcknowledgementEntry entry, string nl)
    {
        var last = seq.Children[^1];
        var end = LineEnd(text, End(text, last)); // after a comment on the entry's last line
        var dashColumn = DashColumn(text, seq.Children[0]);
        // Separate entries the way the file does: with a blank line if its first two entries are.
        var separator = nl;
        if (seq.Children.Count > 1)
        {
            var between = text[End(text, seq.Children[0])..(int)seq.Children[1].Start.Index];
            if (BlankLine().IsMatch(between)) separator = nl + nl;
        }
        return text[..end] + separator + Render(entry, dashColumn, nl).TrimEnd('\r', '\n') + text[end..];
    }

    private static string AppendSection(string text, AcknowledgementEntry entry, string nl)
    {
        var sb = new StringBuilder(text);
        if (sb.Length > 0 && text[^1] != '\n') sb.Append(nl);
        return sb.Append("acknowledged:").Append(nl).Append(Render(entry, 2, nl)).ToString();
    }

    /// <summary>One entry as block YAML, its dash at the given column (0-based), ending with a line break.</summary>
    public static string Render(AcknowledgementEntry entry, int dashColumn, string nl = "\n")
    {
        var pad = new string(' ', dashColumn);
        var sb = new StringBuilder();
        sb.Append(pad).Append("- finding: ").Append(Key(entry.FindingId)).Append(nl);
        sb.Append(pad).Append("  figures: ").Append(entry.Figures.Count == 0 ? "{}" : "{ " + string.Join(", ", entry.Figures.Select(kv => $"{Key(kv.Key)}: {Quoted(kv.Value)}")) + " }").Append(nl);
        sb.Append(pad).Append("  reason: ").Append(ReasonText(entry.Reason, dashColumn + 4, nl)).Append(nl);
        return sb.ToString();
    }

    /// <summary>
    /// The reason as a folded block (>-) wrapped at single spaces, which folding turns back into those
    /// spaces; as a double-quoted scalar when folding could not give the text back exactly.
    /// </summary>
    private static string ReasonText(string reason, int indent, string nl)
    {
        var text = reason.Trim();
        if (text.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029') || text.Length == 0) return Quoted(text);
        var lines = new List<string>();
        var start = 0;
        while (text.Length - start > WrapAt)
        {
            var cut = -1;
            for (var i = Math.Min(start + WrapAt, text.Length - 2); i > start; i--)
                if (text[i] == ' ' && text[i - 1] != ' ' && text[i + 1] != ' ') { cut = i; break; }
            if (cut < 0) break;
            lines.Add(text[start..cut]);
            start = cut + 1;
        }
        lines.Add(text[start..]);
        var pad = new string(' ', indent);
        return ">-" + string.Concat(lines.Select(l => nl + pad + l));
    }

    private static string Key(string id) => PlainKey().IsMatch(id) ? id : Quoted(id);

    public static string Quoted(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    // Line and paragraph separators too: raw, a YAML 1.1 reader takes them as line breaks.
                    if (char.IsControl(c) || c is '\u2028' or '\u2029') sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string? Scalar(YamlMappingNode m, string key) =>
        m.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value is YamlScalarNode { Value: var v } ? v : null;

    /// <summary>
    /// Where a node's text ends (exclusive). YamlDotNet marks a collection's end at its start, so a
    /// collection ends where its last child ends (a flow one at its closing bracket); a block scalar's
    /// end mark lies past the line breaks and blank lines that follow it, which are not part of it.
    /// </summary>
    private static int End(string text, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode s:
                var end = (int)s.End.Index;
                while (end > (int)s.Start.Index && char.IsWhiteSpace(text[end - 1])) end--;
                return end;
            case YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } fm:
                return Closing(text, fm.Children.Count == 0 ? (int)fm.Start.Index + 1 : End(text, fm.Children.Last().Value), '}');
            case YamlSequenceNode { Style: YamlDotNet.Core.Events.SequenceStyle.Flow } fs:
                return Closing(text, fs.Children.Count == 0 ? (int)fs.Start.Index + 1 : End(text, fs.Children[^1]), ']');
            case YamlMappingNode m:
                return m.Children.Count == 0 ? (int)m.Start.Index : End(text, m.Children.Last().Value);
            case YamlSequenceNode q:
                return q.Children.Count == 0 ? (int)q.Start.Index : End(text, q.Children[^1]);
            default:
                return (int)node.End.Index;
        }
    }

    private static int Closing(string text, int from, char bracket)
    {
        var i = text.IndexOf(bracket, from);
        return i < 0 ? text.Length : i + 1;
    }

    private static int DashColumn(string text, YamlNode firstItem)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, (int)firstItem.Start.Index - 1)) + 1;
        var dash = text.IndexOf('-', lineStart);
        return dash >= 0 && dash < firstItem.Start.Index ? dash - lineStart : Math.Max(0, (int)firstItem.Start.Column - 3);
    }

    private static int LineEnd(string text, int index)
    {
        var i = text.IndexOf('\n', index);
        if (i < 0) return text.Length;
        return i > 0 && text[i - 1] == '\r' ? i - 1 : i;
    }

    private static int LineEndBefore(string text, int index)
    {
        var i = index;
        while (i > 0 && text[i - 1] == ' ') i--;
        return i;
    }

    private static bool HasContent(string text) =>
        text.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]*$")]
    private static partial Regex PlainKey();

    [GeneratedRegex(@"\n[ \t\r]*\n")]
    private static partial Regex BlankLine();
}
