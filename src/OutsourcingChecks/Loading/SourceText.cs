using System.Text;

namespace OutsourcingChecks.Loading;

/// <summary>
/// The report text, by line, with a whitespace-free "flow" of it for finding quotes: the PDF
/// extraction wraps sentences and scatters spaces, so quotes are compared without whitespace.
/// </summary>
public sealed class SourceText
{
    private readonly string _flow;
    private readonly int[] _flowLine; // the 1-based line of each flow character

    public string Path { get; }
    public IReadOnlyList<string> Lines { get; }

    private SourceText(string path, IReadOnlyList<string> lines)
    {
        Path = path;
        Lines = lines;
        var flow = new StringBuilder();
        var map = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var c in lines[i])
            {
                if (char.IsWhiteSpace(c)) continue;
                flow.Append(c);
                map.Add(i + 1);
            }
        }
        _flow = flow.ToString();
        _flowLine = map.ToArray();
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
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The line spans [first, last] of every occurrence of the quote (whitespace ignored).</summary>
    public IEnumerable<(int First, int Last)> Occurrences(string quote)
    {
        var q = Squeeze(quote);
        if (q.Length == 0) yield break;
        var at = 0;
        while ((at = _flow.IndexOf(q, at, StringComparison.Ordinal)) >= 0)
        {
            yield return (_flowLine[at], _flowLine[at + q.Length - 1]);
            at++;
        }
    }

    /// <summary>True when an occurrence of the quote touches the lines within <paramref name="slack"/> of the line.</summary>
    public bool OccursNear(string quote, int line, int slack = 2) =>
        Occurrences(quote).Any(o => o.Last >= line - slack && o.First <= line + slack);
}
