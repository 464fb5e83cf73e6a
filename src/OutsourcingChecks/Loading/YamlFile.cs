using System.Text;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OutsourcingChecks.Loading;

/// <summary>
/// Reads one YAML input file defensively: a regular file within the size limit, strict UTF-8, no
/// tabs in the indentation or Unicode line separators, then the YAML itself: one document, no
/// anchors or aliases, collections nested at most <see cref="NestingGuard.MaxNesting"/> deep.
/// </summary>
public static class YamlFile
{
    /// <summary>Input files larger than this are refused before parsing.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    public static MapNode? Read(string path, string displayPath, DiagnosticBag bag)
    {
        var bytes = InputFile.Read(path, displayPath, MaxBytes, bag);
        if (bytes is null) return null;
        var text = Decode(bytes, displayPath, bag);
        return text is null ? null : Parse(text, displayPath, bag);
    }

    /// <summary>The root mapping of a YAML text, or null with every problem found in the bag.</summary>
    public static MapNode? Parse(string text, string displayPath, DiagnosticBag bag)
    {
        var here = new Location(displayPath, 1, 1);
        if (text.AsSpan().Trim().IsEmpty)
        {
            bag.Add(Descriptors.EmptyFile, here);
            return null;
        }
        var separators = CheckLineSeparators(text, displayPath, bag);
        if (!CheckTabs(text, displayPath, bag))
        {
            if (separators) CheckAliases(text, displayPath, bag); // an alias is reported beside the tabs
            return null;
        }
        if (!separators) return null;

        if (QuickReader.TryRead(text) is { } plain) return plain;

        Node? document;
        try
        {
            // One pass: the builder refuses the first anchor or alias before anything refers to it.
            document = NodeBuilder.FirstDocument(NestingGuard.Parser(text));
        }
        catch (NodeBuilder.AliasFound found)
        {
            bag.Add(Descriptors.AliasNotAllowed, At(displayPath, found.Mark));
            return null;
        }
        catch (NodeBuilder.SecondDocumentFound second)
        {
            bag.Add(Descriptors.SecondDocument, At(displayPath, second.Mark));
            return null;
        }
        catch (NestingGuard.TooDeep deep)
        {
            bag.Add(Descriptors.NestingTooDeep, At(displayPath, deep.Mark), NestingGuard.MaxNesting);
            return null;
        }
        catch (YamlException ex)
        {
            bag.Add(Descriptors.MalformedYaml, At(displayPath, ex.Start), Clean(ex));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way on some malformed input; re-scan for the position.
            bag.Add(Descriptors.MalformedYaml, LastGoodMark(text, displayPath), "the YAML cannot be parsed here (an unclosed bracket or quote?)");
            return null;
        }
        if (document is null)
        {
            bag.Add(Descriptors.EmptyFile, here);
            return null;
        }
        if (document is not MapNode root)
        {
            bag.Add(Descriptors.UnexpectedShape, document.In(displayPath), "a mapping of sections (facts:, rules: …)", Nodes.Describe(document));
            return null;
        }
        return root;
    }

    /// <summary>
    /// U+0085, U+2028 and U+2029 break lines for YamlDotNet (YAML 1.1) but not for YAML 1.2 or an
    /// editor: a comment holding one would end there, and every later line number would be off. They
    /// are refused, each at its place (lines counted at '\n' alone, as an editor counts them).
    /// </summary>
    private static bool CheckLineSeparators(string text, string displayPath, DiagnosticBag bag)
    {
        var at = text.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029');
        if (at < 0) return true;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { line++; lineStart = i + 1; }
            else if (c is '\u0085' or '\u2028' or '\u2029')
                bag.Add(Descriptors.LineSeparator, new Location(displayPath, line, i - lineStart + 1), (int)c,
                    c switch { '\u0085' => "NEXT LINE", '\u2028' => "LINE SEPARATOR", _ => "PARAGRAPH SEPARATOR" });
        }
        return false;
    }

    /// <summary>Decodes strict UTF-8 without a byte-order mark.</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag bag)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bag.Add(Descriptors.ByteOrderMark, new Location(displayPath, 1, 1));
            return null;
        }
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = Math.Clamp(ex.Index >= 0 ? ex.Index : 0, 0, bytes.Length);
            var lineStart = bytes.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1;
            var line = 1 + bytes.AsSpan(0, offset).Count((byte)'\n');
            // The column an editor shows: the characters of the line before the bad byte, plus one.
            var column = 1 + Encoding.UTF8.GetCharCount(bytes, lineStart, offset - lineStart);
            bag.Add(Descriptors.InvalidUtf8, new Location(displayPath, line, column), offset);
            return null;
        }
    }

    private static bool CheckTabs(string text, string displayPath, DiagnosticBag bag)
    {
        var ok = true;
        var rest = text.AsSpan();
        for (var number = 1; ; number++)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            var indent = line.Length - line.TrimStart(" \t").Length;
            var tab = line.IndexOf('\t');
            if (tab >= 0 && tab < indent)
            {
                bag.Add(Descriptors.Tab, new Location(displayPath, number, tab + 1));
                ok = false;
            }
            if (end < 0) return ok;
            rest = rest[(end + 1)..];
        }
    }

    /// <summary>Anchors and aliases are refused: they serve no purpose here and enable alias bombs.</summary>
    private static bool CheckAliases(string text, string displayPath, DiagnosticBag bag)
    {
        try
        {
            var parser = NestingGuard.Parser(text);
            while (parser.MoveNext())
            {
                var e = parser.Current;
                if (e is AnchorAlias || e is NodeEvent { Anchor.IsEmpty: false })
                {
                    bag.Add(Descriptors.AliasNotAllowed, At(displayPath, e.Start));
                    return false;
                }
            }
            return true;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or NestingGuard.TooDeep)
        {
            return true; // the full parse reports it with its position
        }
    }

    private static Location LastGoodMark(string text, string displayPath)
    {
        var last = new Location(displayPath, 1, 1);
        try
        {
            var scanner = new NestingGuard(new Scanner(new StringReader(text)));
            while (scanner.MoveNext()) last = At(displayPath, scanner.Current!.End);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or NestingGuard.TooDeep)
        {
            // the position reached is the best estimate of where the text breaks
        }
        return last;
    }

    public static Location At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static string Clean(YamlException ex)
    {
        var m = ex.InnerException?.Message ?? ex.Message;
        var i = m.IndexOf("): ", StringComparison.Ordinal);
        return (i >= 0 && m.StartsWith('(') ? m[(i + 3)..] : m).Trim();
    }
}
