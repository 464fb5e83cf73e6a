using System.Globalization;
using System.Text;

namespace OutsourcingChecks.Diagnostics;

/// <summary>
/// Text from the input (a YAML key, a file name, a quote) made safe to print on a terminal: a
/// control character (ESC starts a terminal's escape sequences, BEL rings, a carriage return
/// overwrites the line) is written as its escape, <c>\u001B</c>, so the reader sees what is there.
/// </summary>
public static class Printable
{
    /// <summary>One line: every control character escaped, line breaks and tabs included.</summary>
    public static string Line(string text) => Escape(text, keepLayout: false);

    /// <summary>Text of several lines: control characters escaped, but line feeds and tabs kept.</summary>
    public static string Text(string text) => Escape(text, keepLayout: true);

    private static string Escape(string text, bool keepLayout)
    {
        if (!text.Any(c => Unsafe(c, keepLayout))) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Unsafe(c, keepLayout)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>C0 and C1 controls and DEL; with the layout kept, not '\n' and '\t'. U+2028 and U+2029 break lines too.</summary>
    private static bool Unsafe(char c, bool keepLayout) =>
        (char.IsControl(c) || c is '\u2028' or '\u2029') && !(keepLayout && c is '\n' or '\t');
}
