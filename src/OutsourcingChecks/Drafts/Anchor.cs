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

    /// <summary>How far from where the quote stood (in flow characters) it is looked for first; the whole draft only when it is not found there.</summary>
    public const int Window = 4096;

    /// <summary>
    /// Finds a quote that holds <paramref name="written"/> (null: the quote is matched as is). With
    /// <paramref name="oldIndex"/>, the old place is the one whose number stands at that flow index.
    /// </summary>
    /// <remarks>
    /// The old place is searched only near the fact's line (the loader put it there), the new one
    /// first within <see cref="Window"/> characters of where the old one stood: a figure that did not
    /// move costs the same however long the text or its lines; only a moved or deleted quote is
    /// searched for in the whole draft.
    /// </remarks>
    public static Anchoring Find(Flow old, Flow draft, string quote, string? written, int oldLine, int? oldIndex = null)
    {
        var q = Flow.Squeeze(quote);
        var w = written is null ? null : Flow.Squeeze(written);
        var pattern = Patterns.For(q, w);
        var numbered = pattern.Numbered;
        var (from, to) = oldIndex is { } i
            ? (i - q.Length - 8, i + 2 * q.Length + 8)
            : (old.StartOfLine(oldLine - Slack - 1) - q.Length, old.StartOfLine(oldLine + Slack + 2) + q.Length);
        var oldAt = Nearest(Matches(pattern, old.Text, from, to).Where(m => !numbered || Number(m) == w)
            .Where(m => oldIndex is { } k ? At(m) == k : Math.Abs(old.LineAt(At(m)) - oldLine) <= Slack + 1), old, oldLine);
        if (oldAt is null && numbered)
        {
            // the number is not whole in the old text (a footnote mark glued to it): match the quote as it is
            pattern = Patterns.For(q, null);
            numbered = false;
            oldAt = Nearest(Matches(pattern, old.Text, from, to), old, oldLine);
        }
        var before = oldAt is null ? "" : old.Text[Math.Max(0, oldAt.Index - ContextLength)..oldAt.Index];
        var after = oldAt is null ? "" : old.Text[(oldAt.Index + oldAt.Length)..Math.Min(old.Text.Length, oldAt.Index + oldAt.Length + ContextLength)];
        // where the quote would stand in the draft if nothing before it changed
        var expected = oldAt is null ? draft.StartOfLine(oldLine)
            : draft.StartOfLine(old.LineAt(oldAt.Index)) + (oldAt.Index - old.StartOfLine(old.LineAt(oldAt.Index)));
        int? oldCount = null, newCount = null;
        bool UniqueInBoth() => (oldCount ??= Count(old.Text, q)) == 1 && (newCount ??= Count(draft.Text, q)) == 1;

        (Match Match, int Score, int Distance, int Off)? Best(IEnumerable<Match> found)
        {
            (Match Match, int Score, int Distance, int Off)? best = null;
            foreach (var m in found)
            {
                var same = !numbered || Number(m) == w;
                var left = CommonSuffix(before, draft.Text.AsSpan(Math.Max(0, m.Index - ContextLength), Math.Min(ContextLength, m.Index)));
                var right = CommonPrefix(after, draft.Text.AsSpan(m.Index + m.Length, Math.Min(ContextLength, draft.Text.Length - m.Index - m.Length)));
                var score = left + right;
                var bothSides = left >= Math.Min(SideContext, before.Length) && right >= Math.Min(SideContext, after.Length);
                if (same ? score < MinimumContext && !UniqueInBoth() : score < MinimumContext || !bothSides) continue;
                var distance = Math.Abs(draft.LineAt(At(m)) - oldLine);
                var off = Math.Abs(m.Index - expected);
                if (best is null || score > best.Value.Score || (score == best.Value.Score && (distance < best.Value.Distance || distance == best.Value.Distance && off < best.Value.Off)))
                    best = (m, score, distance, off);
            }
            return best;
        }

        var near = Best(Matches(pattern, draft.Text, expected - Window, expected + Window));
        var found = near is { } n && n.Score == before.Length + after.Length && n.Distance <= Slack ? near : Better(near, Best(Matches(pattern, draft.Text, 0, draft.Text.Length)));
        if (found is { } b)
        {
            var m = b.Match;
            var number = numbered ? Number(m) : null;
            var line = draft.LineAt(At(m));
            var status = numbered && number != w ? AnchorStatus.Changed
                : Math.Abs(line - oldLine) <= Slack ? AnchorStatus.Unchanged : AnchorStatus.Moved;
            // matched as is, the figure stands where its number stands in the quote
            var figureAt = numbered || w is null ? At(m) : m.Index + Math.Max(0, q.IndexOf(w, StringComparison.Ordinal));
            return new Anchoring(status, line, m.Value, number ?? written, figureAt);
        }
        return new Anchoring(AnchorStatus.Deleted, LikelyLine(draft, before, after, oldLine, expected), null, null);
    }

    private static (Match Match, int Score, int Distance, int Off)? Better((Match Match, int Score, int Distance, int Off)? a, (Match Match, int Score, int Distance, int Off)? b) =>
        a is null ? b : b is null ? a
        : b.Value.Score > a.Value.Score || (b.Value.Score == a.Value.Score && (b.Value.Distance < a.Value.Distance || b.Value.Distance == a.Value.Distance && b.Value.Off < a.Value.Off)) ? b : a;

    /// <summary>
    /// The matches of the pattern that start in [from, to), overlapping ones too (a row of numbers
    /// holds one match per number), each confirmed on the whole text (its guards see past the range).
    /// </summary>
    private static IEnumerable<Match> Matches(Patterns.Pair pattern, string text, int from, int to)
    {
        from = Math.Clamp(from, 0, text.Length);
        var end = Math.Clamp(to + pattern.MaxLength, from, text.Length);
        for (var m = pattern.Search.Match(text, from, end - from); m.Success && m.Index < to; m = m.Index + 1 < end ? pattern.Search.Match(text, m.Index + 1, end - m.Index - 1) : Match.Empty)
        {
            var whole = pattern.Anchored.Match(text, m.Index);
            if (whole.Success) yield return whole;
        }
    }

    private static string Number(Match m) => m.Groups["n"].Value;

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

    /// <summary>The regular expressions a quote is found with, made once per quote (a long text repeats its quotes).</summary>
    public static class Patterns
    {
        private const int MaxCached = 4096;
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string?), Pair> Cache = new();

        /// <summary>A pattern to search with and the same anchored at a position (\G), to confirm a match on the whole text.</summary>
        public sealed record Pair(Regex Search, Regex Anchored, bool Numbered, int MaxLength);

        public static Pair For(string quote, string? written)
        {
            if (Cache.TryGetValue((quote, written), out var known)) return known;
            var text = Pattern(quote, written, out var numbered);
            var options = RegexOptions.CultureInvariant;
            var pair = new Pair(new Regex(text, options), new Regex(@"\G(?:" + text + ")", options), numbered, 2 * quote.Length + 64);
            if (Cache.Count < MaxCached) Cache.TryAdd((quote, written), pair);
            return pair;
        }

        /// <summary>The quote with the first whole occurrence of its number made a group that takes any number.</summary>
        private static string Pattern(string quote, string? written, out bool numbered)
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
                    return Words(quote[..at]) + guardBefore + $"(?<n>{number})" + guardAfter + Words(quote[(at + written.Length)..]);
                }
            }
            return Regex.Escape(quote);
        }
    }

    /// <summary>Where the figure of a match stands: its number, or the match when it has none.</summary>
    private static int At(Match m) => m.Groups["n"].Success ? m.Groups["n"].Index : m.Index;

    /// <summary>
    /// Where the old context of a deleted quote now stands: the longest piece of it (at least 6
    /// characters, the pieces nearest the quote first) found in the draft within <see cref="Window"/>
    /// characters of where the quote stood, nearest the old line; 0 when none is there.
    /// </summary>
    private static int LikelyLine(Flow draft, string before, string after, int oldLine, int expected)
    {
        var from = Math.Clamp(expected - Window, 0, draft.Text.Length);
        var to = Math.Clamp(expected + Window, from, draft.Text.Length);
        var region = draft.Text.AsSpan(from, to - from);
        for (var length = Math.Max(before.Length, after.Length); length >= MinimumContext; length--)
        {
            var pieces = new List<(string Piece, bool Before)>();
            for (var end = before.Length; end - length >= 0; end--) pieces.Add((before[(end - length)..end], true));
            for (var start = 0; start + length <= after.Length; start++) pieces.Add((after[start..(start + length)], false));
            foreach (var (piece, isBefore) in pieces)
            {
                var best = 0;
                for (var at = region.IndexOf(piece, StringComparison.Ordinal); at >= 0;)
                {
                    var line = draft.LineAt(from + (isBefore ? at + piece.Length - 1 : at));
                    if (best == 0 || Math.Abs(line - oldLine) < Math.Abs(best - oldLine)) best = line;
                    var next = region[(at + 1)..].IndexOf(piece, StringComparison.Ordinal);
                    at = next < 0 ? -1 : at + 1 + next;
                }
                if (best > 0) return best;
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

    private static int CommonSuffix(string a, ReadOnlySpan<char> b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[^(n + 1)] == b[^(n + 1)]) n++;
        return n;
    }

    private static int CommonPrefix(string a, ReadOnlySpan<char> b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
