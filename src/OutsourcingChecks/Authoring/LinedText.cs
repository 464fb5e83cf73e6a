using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// The report text as one string (lines joined by '\n') with the 1-based line of every offset, so a
/// figure can be found on its line while the words around it are read across the PDF's line breaks.
/// </summary>
public sealed class LinedText
{
    private readonly int[] _lineStarts;

    public string Text { get; }

    public LinedText(SourceText source)
    {
        Text = string.Join("\n", source.Lines);
        var starts = new int[source.Lines.Count];
        var at = 0;
        for (var i = 0; i < source.Lines.Count; i++)
        {
            starts[i] = at;
            at += source.Lines[i].Length + 1;
        }
        _lineStarts = starts;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset of the first character of a 1-based line.</summary>
    public int StartOf(int line) => _lineStarts[line - 1];

    /// <summary>The offset just after the last character of a 1-based line.</summary>
    public int EndOf(int line) => line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;

    /// <summary>The 1-based line holding the offset.</summary>
    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_lineStarts, offset);
        return (i >= 0 ? i : ~i - 1) + 1;
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
