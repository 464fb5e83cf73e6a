namespace OutsourcingChecks.Drafts;

/// <summary>
/// A report line as shown beside a figure: the whole line, trimmed, when it is of a usual length;
/// of a longer line the <see cref="Width"/> characters around the figure, so that a report of many
/// figures on one long line is not shown (or held) once per figure.
/// </summary>
public static class LineExcerpt
{
    public const int MaxWhole = 400;
    public const int Width = 160;

    /// <summary>The line around the 1-based column (or around the first occurrence of the number when the column is not known).</summary>
    public static string Around(string line, int column = 0, string? number = null)
    {
        if (line.Length <= MaxWhole) return line.Trim();
        var at = column > 0 ? column - 1 : number is { Length: > 0 } && line.IndexOf(number, StringComparison.Ordinal) is var i and >= 0 ? i : 0;
        var from = Math.Clamp(at - Width / 2, 0, line.Length);
        var to = Math.Min(line.Length, from + Width);
        return (from > 0 ? "…" : "") + line[from..to].Trim() + (to < line.Length ? "…" : "");
    }
}
