using OutsourcingChecks.Model;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// A figure found in the report text: a number with a unit after it. <see cref="Start"/> is the
/// offset of its first digit and <see cref="End"/> the offset just after its unit (or after
/// 以上 when the text bounds it so), both in <see cref="LinedText.Text"/>.
/// </summary>
public sealed record FoundFigure(string Written, Unit Unit, int Line, int Column, int Start, int End, bool AtLeastAfter);
