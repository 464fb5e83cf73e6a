using System.Text.RegularExpressions;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// The section headings of a report text (一、东部地区; （二）江苏省; 第八章 地区发展布局): a short
/// line without sentence punctuation that starts with a section number. For every line, the text
/// (whitespace removed) of the nearest heading above it, if any: what its section is about.
/// </summary>
public static partial class Headings
{
    private const int MaxLength = 30;

    public static string?[] Above(SourceText source)
    {
        var above = new string?[source.Lines.Count];
        string? current = null;
        for (var i = 0; i < source.Lines.Count; i++)
        {
            if (IsHeading(source.Lines[i])) current = SourceText.Squeeze(source.Lines[i]);
            above[i] = current;
        }
        return above;
    }

    /// <summary>For every line, the 1-based line of the nearest heading above it (or on it), 0 when none.</summary>
    public static int[] LineAbove(SourceText source)
    {
        var above = new int[source.Lines.Count];
        for (int i = 0, current = 0; i < source.Lines.Count; i++)
        {
            if (IsHeading(source.Lines[i])) current = i + 1;
            above[i] = current;
        }
        return above;
    }

    public static bool IsHeading(string line)
    {
        var t = line.Trim();
        return t.Length is > 0 and <= MaxLength && t.IndexOfAny(['，', '。', '；', '：', ',']) < 0 && Section().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|第\s*[一二三四五六七八九十0-9]+\s*[章节])")]
    private static partial Regex Section();
}
