using System.Text;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OutsourcingChecks.Loading;

/// <summary>Reads one YAML input file defensively: size, encoding, tabs, aliases, then the YAML itself.</summary>
public static class YamlFile
{
    /// <summary>Input files larger than this are refused before parsing.</summary>
    public const long MaxBytes = 8 * 1024 * 1024;

    public static MapNode? Read(string path, string displayPath, DiagnosticBag bag)
    {
        var here = new Location(displayPath, 1, 1);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                bag.Add(Descriptors.FileTooLarge, here, info.Length, MaxBytes);
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Add(Descriptors.FileUnreadable, here, ex.Message);
            return null;
        }
        var text = Decode(bytes, displayPath, bag);
        if (text is null) return null;
        if (text.AsSpan().Trim().IsEmpty)
        {
            bag.Add(Descriptors.EmptyFile, here);
            return null;
        }
        if (!CheckTabs(text, displayPath, bag))
        {
            CheckAliases(text, displayPath, bag); // an alias is reported beside the tabs
            return null;
        }

        if (QuickReader.TryRead(text) is { } plain) return plain;

        Node? document;
        try
        {
            // One pass: the builder refuses the first anchor or alias before anything refers to it.
            document = NodeBuilder.FirstDocument(new Parser(new StringReader(text)));
        }
        catch (NodeBuilder.AliasFound found)
        {
            bag.Add(Descriptors.AliasNotAllowed, At(displayPath, found.Mark));
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
            var offset = ex.Index >= 0 ? ex.Index : 0;
            var line = 1 + bytes.Take(Math.Min(offset, bytes.Length)).Count(b => b == (byte)'\n');
            bag.Add(Descriptors.InvalidUtf8, new Location(displayPath, line, 1), offset);
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
            var parser = new Parser(new StringReader(text));
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
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            return true; // the full parse reports it with its position
        }
    }

    private static Location LastGoodMark(string text, string displayPath)
    {
        var last = new Location(displayPath, 1, 1);
        try
        {
            var scanner = new Scanner(new StringReader(text));
            while (scanner.MoveNext()) last = At(displayPath, scanner.Current!.End);
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
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
