using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// Chooses a verbatim quote for a figure: the figure with its unit and the words of its clause
/// just before it, widened to the left (then to the right) until no other place within two lines
/// of the figure's line reads the same, so the quote anchors this figure and no other.
/// </summary>
public static class QuoteChooser
{
    /// <summary>A clause before the figure up to this many characters is quoted whole.</summary>
    public const int WholeClause = 14;

    /// <summary>Of a longer clause, the quote takes the words from the measure (执行额 …) on, or this many characters.</summary>
    public const int ContextChars = 8;

    /// <summary>How far a quote may grow on either side to become unique.</summary>
    public const int MaxWidening = 40;

    private const string ClauseStops = "，,、；;。：:（(）)\n";

    public static string Choose(LinedText text, SourceText source, FoundFigure figure)
    {
        var start = ClauseStart(text.Text, figure.Start);
        var end = figure.End;
        for (var widened = 0; widened <= 2 * MaxWidening; widened++)
        {
            var quote = text.Slice(start, end);
            if (IsUnique(source, quote, figure.Line)) return quote;
            if (widened < MaxWidening && start > 0) start = PreviousCharacter(text.Text, start);
            else if (end < text.Text.Length) end = NextCharacter(text.Text, end);
            else break;
        }
        return text.Slice(start, end);
    }

    /// <summary>True when the quote occurs exactly once touching the lines within two of the line.</summary>
    public static bool IsUnique(SourceText source, string quote, int line) =>
        source.Occurrences(quote).Count(o => o.Last >= line - 2 && o.First <= line + 2) == 1;

    /// <summary>
    /// The start of the words before the figure: the whole clause when short, else from the last
    /// measure word (执行额, 合同额) in it, else the last <see cref="ContextChars"/> characters.
    /// </summary>
    private static int ClauseStart(string text, int at)
    {
        var starts = new List<int>(); // offsets of the clause's non-whitespace characters, nearest first
        for (var i = at - 1; i >= 0 && starts.Count < WholeClause + 1; i--)
        {
            if (char.IsWhiteSpace(text[i])) continue;
            if (ClauseStops.Contains(text[i])) break;
            starts.Add(i);
        }
        if (starts.Count == 0) return at;
        if (starts.Count <= WholeClause) return starts[^1];
        var clause = text[starts[^1]..at];
        var measure = Vocabulary.Measures.Select(m => clause.LastIndexOf(m.Word, StringComparison.Ordinal)).Max();
        return measure >= 0 ? starts[^1] + measure : starts[Math.Min(ContextChars, starts.Count) - 1];
    }

    private static int PreviousCharacter(string text, int at)
    {
        var i = at - 1;
        while (i > 0 && char.IsWhiteSpace(text[i])) i--;
        return i;
    }

    private static int NextCharacter(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return Math.Min(text.Length, i + 1);
    }
}
