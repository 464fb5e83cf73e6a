using System.Text.RegularExpressions;

namespace OutsourcingChecks.Loading;

/// <summary>
/// A chapter of the report text: lines [FirstLine, LastLine] (1-based, inclusive). Number 0 is
/// the front matter before the first chapter heading.
/// </summary>
public sealed record Chapter(int Number, string Heading, int FirstLine, int LastLine)
{
    public bool Contains(int line) => line >= FirstLine && line <= LastLine;

    /// <summary>A short stable key: "front" or "ch01" … "ch15".</summary>
    public string Key => Number == 0 ? "front" : $"ch{Number:00}";
}

/// <summary>
/// Finds the chapters of a report from its headings (第一章 …, 第十五章 …, or 第 3 章): a line that
/// starts with the heading and is short, with no sentence punctuation. A chapter number seen again
/// (a table of contents before the body) moves the chapter to its later heading.
/// </summary>
public static partial class Chapters
{
    public const string FrontMatter = "(front matter)";

    public static IReadOnlyList<Chapter> Of(SourceText source)
    {
        var starts = new SortedDictionary<int, (int Line, string Heading)>();
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var text = source.Lines[i].Trim();
            if (text.Length > 40 || text.IndexOfAny(['，', '。', '；', '：']) >= 0) continue;
            var m = Heading().Match(text);
            if (!m.Success) continue;
            var n = m.Groups[1].Value;
            var number = n.All(char.IsAsciiDigit) ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : (int?)ChineseNumerals.Value(n);
            if (number is not { } k || k <= 0) continue;
            starts[k] = (i + 1, text);
        }
        var ordered = starts.Select(kv => (Number: kv.Key, kv.Value.Line, kv.Value.Heading)).OrderBy(s => s.Line).ToList();
        var chapters = new List<Chapter>();
        var firstBody = ordered.Count > 0 ? ordered[0].Line : source.Lines.Count + 1;
        if (firstBody > 1) chapters.Add(new Chapter(0, FrontMatter, 1, firstBody - 1));
        for (var i = 0; i < ordered.Count; i++)
        {
            var last = i + 1 < ordered.Count ? ordered[i + 1].Line - 1 : source.Lines.Count;
            chapters.Add(new Chapter(ordered[i].Number, ordered[i].Heading, ordered[i].Line, last));
        }
        return chapters;
    }

    /// <summary>The chapter a line belongs to (the front matter for a line before every heading).</summary>
    public static Chapter For(IReadOnlyList<Chapter> chapters, int line) =>
        chapters.LastOrDefault(c => c.FirstLine <= line) ?? chapters.FirstOrDefault() ?? new Chapter(0, FrontMatter, 1, int.MaxValue);

    [GeneratedRegex(@"^第\s*([一二两三四五六七八九十百〇零]+|[0-9]+)\s*章")]
    private static partial Regex Heading();
}
