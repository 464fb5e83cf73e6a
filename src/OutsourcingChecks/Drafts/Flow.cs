using System.Text;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Drafts;

/// <summary>
/// A report text as one string without whitespace (the PDF wraps sentences and scatters spaces),
/// except one space where whitespace parts two numbers or a number and a minus sign (a table row
/// "454.3 523.1" must not read as one number), full-width digits made ASCII, with the 1-based line
/// of each character.
/// </summary>
public sealed class Flow
{
    private readonly int[] _line;
    private readonly Dictionary<(int Line, int Column), int> _index = [];

    public string Text { get; }

    public SourceText Source { get; }

    public Flow(SourceText source)
    {
        Source = source;
        var sb = new StringBuilder();
        var lines = new List<int>();
        var gap = false;
        for (var i = 0; i < source.Lines.Count; i++)
        {
            for (var k = 0; k < source.Lines[i].Length; k++)
            {
                var c = source.Lines[i][k];
                if (char.IsWhiteSpace(c)) { gap = true; continue; }
                var n = FigureScanner.Normalise(c);
                if (gap && sb.Length > 0 && (char.IsAsciiDigit(n) || n is '-' or '－') && (char.IsAsciiDigit(sb[^1]) || sb[^1] == '.'))
                {
                    sb.Append(' ');
                    lines.Add(i + 1);
                }
                gap = false;
                _index[(i + 1, k + 1)] = sb.Length;
                sb.Append(n);
                lines.Add(i + 1);
            }
            gap = true;
        }
        Text = sb.ToString();
        _line = lines.ToArray();
    }

    /// <summary>The flow index of the character at a 1-based line and column of the text (null for whitespace).</summary>
    public int? IndexAt(int line, int column) => _index.TryGetValue((line, column), out var i) ? i : null;

    public int LineAt(int index) => _line.Length == 0 ? 1 : _line[Math.Clamp(index, 0, _line.Length - 1)];

    /// <summary>A quote as the flow writes it.</summary>
    public static string Squeeze(string text) => new Flow(SourceText.FromText("", text)).Text;
}
