using System.Globalization;
using System.Text.RegularExpressions;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Reporting;

/// <summary>A chapter of the report text: its number, its heading as written, and the line the heading stands on.</summary>
public sealed record Chapter(int Number, string Heading, int Line);

/// <summary>
/// The chapters of a report text, found from its headings (第一章 …, 第十二章 …: a short line that starts
/// with 第N章). A heading repeated later (a table of contents, then the chapter itself) counts where it
/// stands last. A line belongs to the last heading at or before it; lines before the first heading to none.
/// </summary>
public sealed partial class Chapters
{
    /// <summary>Longer lines are sentences that mention a chapter, not headings.</summary>
    private const int MaxHeadingLength = 40;

    private readonly List<Chapter> _chapters;

    private Chapters(List<Chapter> chapters) => _chapters = chapters;

    public IReadOnlyList<Chapter> All => _chapters;

    public static Chapters Of(SourceText source)
    {
        var byNumber = new Dictionary<int, Chapter>();
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var text = source.Lines[i].Trim();
            if (text.Length > MaxHeadingLength) continue;
            var m = Heading().Match(text);
            if (!m.Success || Numeral(m.Groups[1].Value) is not { } n) continue;
            byNumber[n] = new Chapter(n, text, i + 1);
        }
        return new Chapters(byNumber.Values.OrderBy(c => c.Line).ToList());
    }

    /// <summary>The chapter a report line belongs to, or null before the first heading.</summary>
    public Chapter? At(int line)
    {
        Chapter? found = null;
        foreach (var c in _chapters)
        {
            if (c.Line > line) break;
            found = c;
        }
        return found;
    }

    /// <summary>1 to 99 written as 一 … 九十九 (or in ASCII digits).</summary>
    public static int? Numeral(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic)) return arabic;
        const string digits = "零一二三四五六七八九";
        int Digit(string s) => s.Length == 0 ? -1 : s == "两" ? 2 : s.Length == 1 ? digits.IndexOf(s[0], StringComparison.Ordinal) : -1;
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0) return Digit(text) is var d and > 0 ? d : null;
        var tens = ten == 0 ? 1 : Digit(text[..ten]);
        var ones = ten == text.Length - 1 ? 0 : Digit(text[(ten + 1)..]);
        return tens > 0 && ones >= 0 ? tens * 10 + ones : null;
    }

    [GeneratedRegex(@"^第([一二两三四五六七八九十0-9]+)章(\s|$)")]
    private static partial Regex Heading();
}
