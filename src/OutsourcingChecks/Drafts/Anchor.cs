using System.Text.RegularExpressions;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Drafts;

/// <summary>Where a quoted figure stands in a new draft, compared with where it stood.</summary>
public enum AnchorStatus
{
    /// <summary>The quote, with the same number, within 2 lines of its old line.</summary>
    Unchanged,
    /// <summary>The quote, with the same number, elsewhere: the fact is re-anchored to its new line.</summary>
    Moved,
    /// <summary>The quote's words with another number: the figure changed (the fact is stale).</summary>
    Changed,
    /// <summary>The quote is gone (the fact is stale); the likely line is where its context now stands, if anywhere.</summary>
    Deleted,
}

/// <summary>The outcome of finding an old quote in a new draft.</summary>
/// <param name="Line">The new line of the figure's number (Unchanged, Moved, Changed) or the likely line (Deleted; 0 when unknown).</param>
/// <param name="Quote">The quote as the new draft writes it (whitespace removed); null when deleted.</param>
/// <param name="Written">The number the new draft writes in the quote; null when deleted.</param>
/// <param name="At">The index in the draft's flow of the figure's number (of the quote when it has none); -1 when deleted.</param>
public sealed record Anchoring(AnchorStatus Status, int Line, string? Quote, string? Written, int At = -1);

/// <summary>
/// Re-anchors a quote in a new draft by its words and its context: the quote with its number
/// replaced by any number is searched in the new text, and each place is scored by how much of the
/// old text around the quote (12 characters either side) it keeps. A place with the same number must
/// keep at least 6 characters of that context, unless the quote occurs once in each text; a place
/// with another number must keep 6 on each side (a figure that changed keeps its words on both
/// sides; a deleted one's look-alike nearby rarely does: "亿美元，同比增长 N%" is everywhere).
/// </summary>
public static partial class Anchor
{
    public const int ContextLength = 12;
    public const int MinimumContext = 6;
    public const int SideContext = 6;
    public const int Slack = 2;

    private const string ArabicNumber = "-?[0-9]+(?:\\.[0-9]+)?";
    private const string ChineseNumber = "[〇零一二两三四五六七八九十百千半]+";

    /// <summary>
    /// Finds a quote that holds <paramref name="written"/> (null: the quote is matched as is). With
    /// <paramref name="oldIndex"/>, the old place is the one whose number stands at that flow index.
    /// </summary>
    public static Anchoring Find(Flow old, Flow draft, string quote, string? written, int oldLine, int? oldIndex = null)
    {
        var q = Flow.Squeeze(quote);
        var pattern = Pattern(q, written is null ? null : Flow.Squeeze(written), out var numbered);
        // the loader guarantees the quote within 2 lines of the fact's line in the old text
        var oldAt = Nearest(All(pattern, old.Text).Where(m => !numbered || Number(m) == Flow.Squeeze(written!))
            .Where(m => oldIndex is { } i ? At(m) == i : Math.Abs(old.LineAt(At(m)) - oldLine) <= Slack + 1), old, oldLine);
        if (oldAt is null && numbered)
        {
            // the number is not whole in the old text (a footnote mark glued to it): match the quote as it is
            pattern = Pattern(q, null, out numbered);
            oldAt = Nearest(All(pattern, old.Text), old, oldLine);
        }
        var before = oldAt is null ? "" : old.Text[Math.Max(0, oldAt.Index - ContextLength)..oldAt.Index];
        var after = oldAt is null ? "" : old.Text[(oldAt.Index + oldAt.Length)..Math.Min(old.Text.Length, oldAt.Index + oldAt.Length + ContextLength)];
        var oldCount = Count(old.Text, q);
        var found = All(pattern, draft.Text);
        var newCount = Count(draft.Text, q);

        (Match Match, int Score, int Distance)? best = null;
        foreach (var m in found)
        {
            var same = !numbered || Number(m) == Flow.Squeeze(written!);
            var left = CommonSuffix(before, draft.Text[Math.Max(0, m.Index - ContextLength)..m.Index]);
            var right = CommonPrefix(after, draft.Text[(m.Index + m.Length)..Math.Min(draft.Text.Length, m.Index + m.Length + ContextLength)]);
            var score = left + right;
            var bothSides = left >= Math.Min(SideContext, before.Length) && right >= Math.Min(SideContext, after.Length);
            if (same ? score < MinimumContext && !(oldCount == 1 && newCount == 1) : score < MinimumContext || !bothSides) continue;
            var distance = Math.Abs(draft.LineAt(At(m)) - oldLine);
            if (best is null || score > best.Value.Score || (score == best.Value.Score && distance < best.Value.Distance))
                best = (m, score, distance);
        }
        if (best is { } b)
        {
            var m = b.Match;
            var number = numbered ? Number(m) : null;
            var line = draft.LineAt(At(m));
            var status = numbered && number != Flow.Squeeze(written!) ? AnchorStatus.Changed
                : Math.Abs(line - oldLine) <= Slack ? AnchorStatus.Unchanged : AnchorStatus.Moved;
            // matched as is, the figure stands where its number stands in the quote
            var figureAt = numbered || written is null ? At(m) : m.Index + Math.Max(0, q.IndexOf(Flow.Squeeze(written), StringComparison.Ordinal));
            return new Anchoring(status, line, m.Value, number ?? written, figureAt);
        }
        return new Anchoring(AnchorStatus.Deleted, LikelyLine(draft, before, after, oldLine), null, null);
    }

    private static string Number(Match m) => m.Groups["n"].Value;

    /// <summary>The quote with the first whole occurrence of its number made a group that takes any number.</summary>
    private static Regex Pattern(string quote, string? written, out bool numbered)
    {
        numbered = false;
        if (written is not null)
        {
            var at = WholeIndex(quote, written);
            if (at >= 0)
            {
                numbered = true;
                var chinese = !written.Any(char.IsAsciiDigit);
                var number = chinese ? ChineseNumber : ArabicNumber;
                var guardBefore = chinese ? "(?<![〇零一二两三四五六七八九十百千半])" : "(?<![0-9.])";
                var guardAfter = chinese ? "(?![〇零一二两三四五六七八九十百千半])" : "(?![0-9]|\\.[0-9])";
                return new Regex(Words(quote[..at]) + guardBefore + $"(?<n>{number})" + guardAfter + Words(quote[(at + written.Length)..]),
                    RegexOptions.CultureInvariant);
            }
        }
        return new Regex(Regex.Escape(quote), RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// The words of a quote around its figure, any other number in them taking any value: another
    /// figure of the same sentence may change in the draft without unsettling this one.
    /// </summary>
    private static string Words(string part) =>
        string.Concat(OtherNumber().Split(part).Select((piece, k) => k % 2 == 0 ? Regex.Escape(piece) : "[0-9]+(?:\\.[0-9]+)?"));

    [GeneratedRegex("([0-9]+(?:\\.[0-9]+)?)")]
    private static partial Regex OtherNumber();

    /// <summary>The first index of the number in the text not inside a longer number (of its kind, Arabic or Chinese), or -1.</summary>
    private static int WholeIndex(string text, string number)
    {
        var chinese = !number.Any(char.IsAsciiDigit);
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            bool left, right;
            if (chinese)
            {
                left = at > 0 && ChineseNumerals.IsNumeralChar(text[at - 1]);
                right = end < text.Length && ChineseNumerals.IsNumeralChar(text[end]);
            }
            else
            {
                left = at > 0 && (char.IsAsciiDigit(text[at - 1]) || text[at - 1] == '.');
                right = end < text.Length && (char.IsAsciiDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
            }
            if (!left && !right) return at;
        }
        return -1;
    }

    private static Match? Nearest(IEnumerable<Match> matches, Flow flow, int line) =>
        matches.OrderBy(m => Math.Abs(flow.LineAt(At(m)) - line)).FirstOrDefault();

    /// <summary>Where the figure of a match stands: its number, or the match when it has none.</summary>
    private static int At(Match m) => m.Groups["n"].Success ? m.Groups["n"].Index : m.Index;

    /// <summary>Every match, overlapping ones too (a row of numbers holds one match per number).</summary>
    private static List<Match> All(Regex pattern, string text)
    {
        var result = new List<Match>();
        for (var m = pattern.Match(text); m.Success; m = m.Index + 1 <= text.Length ? pattern.Match(text, m.Index + 1) : Match.Empty)
            result.Add(m);
        return result;
    }

    /// <summary>
    /// Where the old context of a deleted quote now stands: the longest piece of it (at least 6
    /// characters, the pieces nearest the quote first) found in the draft, nearest the old line.
    /// </summary>
    private static int LikelyLine(Flow draft, string before, string after, int oldLine)
    {
        for (var length = Math.Max(before.Length, after.Length); length >= MinimumContext; length--)
        {
            var pieces = new List<(string Piece, bool Before)>();
            for (var end = before.Length; end - length >= 0; end--) pieces.Add((before[(end - length)..end], true));
            for (var start = 0; start + length <= after.Length; start++) pieces.Add((after[start..(start + length)], false));
            foreach (var (piece, isBefore) in pieces)
            {
                var hits = new List<int>();
                for (var at = draft.Text.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = draft.Text.IndexOf(piece, at + 1, StringComparison.Ordinal))
                    hits.Add(draft.LineAt(isBefore ? at + piece.Length - 1 : at));
                if (hits.Count > 0) return hits.OrderBy(l => Math.Abs(l - oldLine)).First();
            }
        }
        return 0;
    }

    private static int Count(string text, string part)
    {
        if (part.Length == 0) return 0;
        var n = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static int CommonSuffix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)]) n++;
        return n;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
