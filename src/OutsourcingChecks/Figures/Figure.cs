using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Figures;

/// <summary>
/// A figure found in the report text: a number with the unit that follows it (or, in a table's
/// body, a bare number whose unit is in the header).
/// </summary>
/// <param name="Line">The 1-based report line on which the number (its digits) stands.</param>
/// <param name="Column">The 1-based column of the number's first character on that line.</param>
/// <param name="Number">The number as written, digits made ASCII (２０２１ is "2021"); for a Chinese numeral its characters (三).</param>
/// <param name="Unit">The unit as written after the number (亿美元, %, 成 …); "" for a table cell, "：" for a term of a ratio.</param>
/// <param name="IsChinese">True for a Chinese numeral (三成, 两位数).</param>
/// <param name="Table">For a bare number in the body of a table, the table.</param>
/// <param name="Start">The offset of the number's first character in <see cref="LinedText.Text"/>.</param>
/// <param name="End">The offset just after the figure: after its unit, or after the number when the unit is not right after it (a table cell, a list, a ratio).</param>
public readonly record struct Figure(int Line, int Column, string Number, string Unit, bool IsChinese, Table? Table, int Start, int End)
{
    /// <summary>The number's value (三 is 3; a unit's scale is not applied). Read from <see cref="Number"/> when asked: most figures are read once.</summary>
    public decimal? Value => IsChinese ? ChineseNumerals.Value(Number) : FigureScanner.Parse(Number);

    /// <summary>The figure as it reads, whitespace removed: "30.9%", "1716.8亿美元", "四成" (近四成 without 近).</summary>
    public string Text => Number + Unit;

    /// <summary>A term of a ratio (49.9：18.3：31.8).</summary>
    public bool IsRatioTerm => Unit == FigureScanner.RatioUnit;

    /// <summary>A bare number of a table's body.</summary>
    public bool IsTableCell => Table is not null && Unit.Length == 0;
}
