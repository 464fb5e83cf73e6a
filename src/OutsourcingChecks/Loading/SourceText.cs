using System.Text;

namespace OutsourcingChecks.Loading;

/// <summary>
/// The report text, by line, with a whitespace-free "flow" of it for finding quotes: the PDF
/// extraction wraps sentences and scatters spaces, so quotes are compared without whitespace.
/// </summary>
public sealed class SourceText
{
    private readonly string _flow;
    private readonly int[] _lineStart; // the flow index where each 1-based line starts; [Lines.Count + 1] is the flow's length

    public string Path { get; }
    public IReadOnlyList<string> Lines { get; }

    private SourceText(string path, IReadOnlyList<string> lines)
    {
        Path = path;
        Lines = lines;
        var flow = new StringBuilder();
        _lineStart = new int[lines.Count + 2];
        for (var i = 0; i < lines.Count; i++)
        {
            _lineStart[i + 1] = flow.Length;
            foreach (var c in lines[i])
            {
                if (char.IsWhiteSpace(c)) continue;
                flow.Append(c);
            }
        }
        _lineStart[lines.Count + 1] = flow.Length;
        _flow = flow.ToString();
    }

    public static SourceText FromText(string path, string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return new SourceText(path, lines);
    }

    public string Line(int line) => line >= 1 && line <= Lines.Count ? Lines[line - 1] : "";

    public static string Squeeze(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        return new string(buffer[..Squeeze(text, buffer)]);
    }

    /// <summary>Copies the text without its whitespace into the buffer (at least as long as the text); returns how much it wrote.</summary>
    private static int Squeeze(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        foreach (var c in text) if (!char.IsWhiteSpace(c)) into[length++] = c;
        return length;
    }

    /// <summary>The line spans [first, last] of every occurrence of the quote (whitespace ignored).</summary>
    public IEnumerable<(int First, int Last)> Occurrences(string quote)
    {
        var q = Squeeze(quote);
        if (q.Length == 0) yield break;
        var at = 0;
        while ((at = _flow.IndexOf(q, at, StringComparison.Ordinal)) >= 0)
        {
            yield return (LineOf(at), LineOf(at + q.Length - 1));
            at++;
        }
    }

    /// <summary>The 1-based line of a flow character: the last line that starts at or before it (a binary search, not an array as long as the text).</summary>
    private int LineOf(int flowIndex)
    {
        int low = 1, high = Lines.Count; // _lineStart[low] <= flowIndex holds throughout
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_lineStart[middle] <= flowIndex) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>True when an occurrence of the quote touches the lines within <paramref name="slack"/> of the line.</summary>
    /// <remarks>
    /// Searches only the stretch of the flow that such an occurrence can lie in: it must start
    /// before the line after <c>line + slack</c> and end at or after the start of <c>line - slack</c>,
    /// so the cost depends on the quote and the slack, not on the length of the report.
    /// </remarks>
    public bool OccursNear(string quote, int line, int slack = 2)
    {
        // Once per fact: the quote is squeezed into a buffer on the stack rather than a new string.
        Span<char> buffer = quote.Length <= 256 ? stackalloc char[quote.Length] : new char[quote.Length];
        ReadOnlySpan<char> q = buffer[..Squeeze(quote, buffer)];
        if (q.Length == 0) return false;
        var first = Math.Clamp(line - slack, 1, Lines.Count + 1);
        var afterLast = Math.Clamp(line + slack + 1, 1, Lines.Count + 1);
        var from = Math.Max(0, _lineStart[first] - q.Length + 1);
        var to = Math.Min(_flow.Length, _lineStart[afterLast] - 1 + q.Length); // an occurrence starting before _lineStart[afterLast]
        return to - from >= q.Length && _flow.AsSpan(from, to - from).IndexOf(q, StringComparison.Ordinal) >= 0;
    }
}
