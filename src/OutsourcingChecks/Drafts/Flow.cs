using System.Text;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Drafts;

/// <summary>
/// A report text as one string without whitespace (the PDF wraps sentences and scatters spaces),
/// except one space where whitespace parts two numbers or a number and a minus sign (a table row
/// "454.3 523.1" must not read as one number), full-width digits made ASCII, with the 1-based line
/// of each character.
/// </summary>
/// <remarks>
/// Its memory beyond the text is one integer per line and one per <see cref="Stride"/> characters
/// (where a line's characters land in the flow), not an entry per character: a text of one 60 MB
/// line is as cheap to index as sixty thousand short lines.
/// </remarks>
public sealed class Flow
{
    /// <summary>Every this many characters of a line, where the flow stands (and whether whitespace was pending).</summary>
    private const int Stride = 64;

    private readonly int[] _lineStart;   // flow index of each 1-based line's first character; [0] unused
    private readonly int[] _markStart;   // index into _marks of each line's first mark; [0] unused
    private readonly int[] _marks;       // flow length before column k·Stride of the line (bit 31: a gap pending)

    public string Text { get; }

    public SourceText Source { get; }

    public Flow(SourceText source)
    {
        Source = source;
        var total = 0L;
        foreach (var l in source.Lines) total += l.Length;
        var sb = new StringBuilder((int)Math.Min(int.MaxValue, total));
        _lineStart = new int[source.Lines.Count + 1];
        _markStart = new int[source.Lines.Count + 2];
        var marks = new List<int>((int)Math.Min(int.MaxValue, total / Stride + source.Lines.Count));
        var gap = false;
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var line = source.Lines[i];
            _lineStart[i + 1] = sb.Length;
            _markStart[i + 1] = marks.Count;
            for (var k = 0; k < line.Length; k++)
            {
                if (k % Stride == 0) marks.Add(sb.Length | (gap ? int.MinValue : 0));
                Append(sb, line[k], ref gap);
            }
            gap = true;
        }
        _markStart[source.Lines.Count + 1] = marks.Count;
        _marks = marks.ToArray();
        Text = sb.ToString();
    }

    /// <summary>Adds a character of the text to the flow: whitespace sets a gap, which becomes a space between two numbers.</summary>
    private static void Append(StringBuilder sb, char c, ref bool gap)
    {
        if (char.IsWhiteSpace(c)) { gap = true; return; }
        var n = FigureScanner.Normalise(c);
        if (gap && sb.Length > 0 && (char.IsAsciiDigit(n) || n is '-' or '－') && (char.IsAsciiDigit(sb[^1]) || sb[^1] == '.'))
            sb.Append(' ');
        gap = false;
        sb.Append(n);
    }

    /// <summary>The flow index of the character at a 1-based line and column of the text (null for whitespace).</summary>
    public int? IndexAt(int line, int column)
    {
        if (line < 1 || line > Source.Lines.Count) return null;
        var text = Source.Lines[line - 1];
        if (column < 1 || column > text.Length || char.IsWhiteSpace(text[column - 1])) return null;
        // from the mark at or before the column, replay the line's characters up to it
        var k = (column - 1) / Stride;
        var mark = _marks[_markStart[line] + k];
        var at = mark & int.MaxValue;
        var gap = mark < 0;
        var previous = at > 0 ? Text[at - 1] : '\0';
        for (var c = k * Stride; c < column - 1; c++)
        {
            var ch = text[c];
            if (char.IsWhiteSpace(ch)) { gap = true; continue; }
            var n = FigureScanner.Normalise(ch);
            if (gap && at > 0 && (char.IsAsciiDigit(n) || n is '-' or '－') && (char.IsAsciiDigit(previous) || previous == '.')) at++;
            gap = false;
            previous = n;
            at++;
        }
        var self = FigureScanner.Normalise(text[column - 1]);
        if (gap && at > 0 && (char.IsAsciiDigit(self) || self is '-' or '－') && (char.IsAsciiDigit(previous) || previous == '.')) at++;
        return at;
    }

    /// <summary>The 1-based line of a flow index (an index past the end: the line of the last character).</summary>
    public int LineAt(int index)
    {
        if (Text.Length == 0) return 1;
        index = Math.Clamp(index, 0, Text.Length - 1);
        int low = 1, high = _lineStart.Length - 1; // the last line starting at or before the index
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_lineStart[middle] <= index) low = middle;
            else high = middle - 1;
        }
        return low;
    }

    /// <summary>The flow index where a 1-based line starts: 0 before the first line, the flow's length after the last.</summary>
    public int StartOfLine(int line) => line < 1 ? 0 : line >= _lineStart.Length ? Text.Length : _lineStart[line];

    /// <summary>A quote as the flow writes it.</summary>
    public static string Squeeze(string text)
    {
        var sb = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r') { gap = true; continue; }
            Append(sb, c, ref gap);
        }
        return sb.ToString();
    }
}
