using System.Text;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Figures;

/// <summary>
/// The report text as one string (lines joined by '\n') with the offset where each line starts,
/// so a figure is read across the PDF's line breaks and still placed on its line and column. Its
/// memory is the text and one integer per line, whatever the length of a line.
/// </summary>
public sealed class LinedText
{
    private readonly int[] _lineStarts;

    public string Text { get; }

    public SourceText Source { get; }

    public LinedText(SourceText source)
    {
        Source = source;
        var length = 0L;
        foreach (var line in source.Lines) length += line.Length + 1;
        var sb = new StringBuilder((int)Math.Min(int.MaxValue, length));
        _lineStarts = new int[source.Lines.Count];
        for (var i = 0; i < source.Lines.Count; i++)
        {
            if (i > 0) sb.Append('\n');
            _lineStarts[i] = sb.Length;
            sb.Append(source.Lines[i]);
        }
        Text = sb.ToString();
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of the first character of a 1-based line.</summary>
    public int StartOf(int line) => _lineStarts[line - 1];

    /// <summary>The offset just after the last character of a 1-based line.</summary>
    public int EndOf(int line) => line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;

    /// <summary>The 1-based line holding the offset (a line's '\n' belongs to it).</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return Math.Max(1, (i >= 0 ? i : ~i - 1) + 1);
    }

    /// <summary>The 1-based column of the offset on its line.</summary>
    public int ColumnOf(int offset) => offset - StartOf(LineOf(offset)) + 1;

    /// <summary>
    /// The text between two offsets as a quote: line breaks (and the blank lines and indentation
    /// around them) removed, spaces within a line kept, so it reads as the report writes it.
    /// </summary>
    public string Slice(int start, int end)
    {
        var parts = Text[start..end].Split('\n');
        return string.Concat(parts.Select((p, i) => i == 0 ? p.TrimEnd() : i == parts.Length - 1 ? p.TrimStart() : p.Trim())).Trim();
    }
}
