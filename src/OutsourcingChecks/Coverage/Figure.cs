namespace OutsourcingChecks.Coverage;

/// <summary>
/// A figure found in the report text: a number with the unit that follows it.
/// </summary>
/// <param name="Line">The 1-based report line on which the number (its digits) stands.</param>
/// <param name="Column">The 1-based column of the number's first character on that line.</param>
/// <param name="Number">The number as written, digits made ASCII (２０２１ is "2021"); for a Chinese numeral its characters (三).</param>
/// <param name="Value">The number's value (三 is 3; a unit's scale is not applied).</param>
/// <param name="Unit">The unit as written after the number (亿美元, %, 成 …).</param>
/// <param name="Text">The figure as it reads, whitespace removed: "30.9%", "1716.8亿美元", "近四成" without 近.</param>
/// <param name="IsChinese">True for a Chinese numeral (三成, 两位数).</param>
/// <param name="Table">For a bare number in the body of a table, the table's caption (its unit is in a header, not after it).</param>
public sealed record Figure(int Line, int Column, string Number, decimal Value, string Unit, string Text, bool IsChinese, string? Table = null);
