using OutsourcingChecks.Figures;

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

    /// <summary>The loader finds a quote starting within this many lines of the fact's line.</summary>
    private const int Slack = 2;

    private const string ClauseStops = "，,、；;。：:（(）)\n";

    public static string Choose(LinedText text, Figure figure, Vocabulary? vocabulary = null)
    {
        // a table cell is quoted from its row's label: the row is its clause
        var start = figure.IsTableCell ? text.StartOf(figure.Line) : ClauseStart(text.Text, figure.Start, vocabulary ?? Vocabulary.BuiltIn);
        while (start < figure.Start && char.IsWhiteSpace(text.Text[start])) start++;
        var end = Math.Max(figure.End, figure.Start + figure.Number.Length);
        var window = new Window(text, figure.Line);
        for (var widened = 0; widened <= 2 * MaxWidening; widened++)
        {
            var quote = text.Slice(start, end);
            if (window.Count(quote) == 1) return quote;
            if (widened < MaxWidening && start > 0) start = PreviousCharacter(text.Text, start);
            else if (end < text.Text.Length) end = NextCharacter(text.Text, end);
            else break;
        }
        return text.Slice(start, end);
    }

    /// <summary>True when the quote occurs exactly once touching the lines within two of the line.</summary>
    public static bool IsUnique(LinedText text, string quote, int line) => new Window(text, line).Count(quote) == 1;

    /// <summary>
    /// The text around a line, whitespace removed, with the line of each character: a quote is
    /// counted there, not in the whole text, so choosing quotes costs the same on a long report.
    /// </summary>
    private sealed class Window
    {
        private readonly string _flow;
        private readonly int[] _lines;
        private readonly int _line;

        public Window(LinedText text, int line)
        {
            _line = line;
            var from = Math.Max(0, text.StartOf(Math.Max(1, line - Slack)) - 4 * MaxWidening);
            var to = Math.Min(text.Text.Length, text.EndOf(Math.Min(text.LineCount, line + Slack)) + 4 * MaxWidening);
            var flow = new System.Text.StringBuilder(to - from);
            var lines = new List<int>(to - from);
            var at = text.LineOf(from);
            for (var k = from; k < to; k++)
            {
                var c = text.Text[k];
                if (c == '\n') { at++; continue; }
                if (char.IsWhiteSpace(c)) continue;
                flow.Append(c);
                lines.Add(at);
            }
            _flow = flow.ToString();
            _lines = lines.ToArray();
        }

        public int Count(string quote)
        {
            var q = Loading.SourceText.Squeeze(quote);
            if (q.Length == 0) return 0;
            var n = 0;
            for (var at = _flow.IndexOf(q, StringComparison.Ordinal); at >= 0; at = _flow.IndexOf(q, at + 1, StringComparison.Ordinal))
                if (_lines[at + q.Length - 1] >= _line - Slack && _lines[at] <= _line + Slack) n++;
            return n;
        }
    }

    /// <summary>
    /// The start of the words before the figure: the whole clause when short, else from the last
    /// measure word (执行额, 合同额) in it, else the last <see cref="ContextChars"/> characters.
    /// </summary>
    private static int ClauseStart(string text, int at, Vocabulary vocabulary)
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
        var measure = vocabulary.Measures.Select(m => clause.LastIndexOf(m.Word, StringComparison.Ordinal)).DefaultIfEmpty(-1).Max();
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
