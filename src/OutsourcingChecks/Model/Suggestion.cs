using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Model;

/// <summary>How a wrong figure most plausibly came to be written as it is.</summary>
public enum SlipKind
{
    /// <summary>One digit typed wrong (191.5 for 197.5).</summary>
    DigitTyped,
    /// <summary>Two adjacent digits swapped (179.5 for 197.5).</summary>
    DigitsSwapped,
    /// <summary>Two figures swapped with each other (each written where the other belongs).</summary>
    SwappedFigures,
    /// <summary>The value of a neighbouring figure (a row above or below) written in its place.</summary>
    NeighbouringValue,
    /// <summary>A share computed against the wrong total (another figure of the same kind as the whole).</summary>
    WrongTotal,
    /// <summary>No known slip explains it: the nearest written value that mends every check.</summary>
    Nearest,
    /// <summary>A quantity stated twice, wrong in both places: both statements must change together.</summary>
    StatedTwice,
    /// <summary>No single figure mends every check it takes part in: at least two figures must change.</summary>
    TwoFigures,
}

/// <summary>
/// Advice for an editor on one discrepancy: which figure to change and to what. Never applied by
/// itself. <see cref="Suggested"/> is a written value with the figure's own decimals; <see cref="Mends"/>
/// is every value of the figure (in its own unit, signed like <see cref="Fact.SignedNumber"/>) that
/// makes all the checks it takes part in hold, the other figures at their intervals. For
/// <see cref="SlipKind.TwoFigures"/> there is no figure, value or interval.
/// </summary>
public sealed record Suggestion(
    string FindingId,
    string? FactId,
    string? Current,
    string? Suggested,
    Interval? Mends,
    string Unit,
    SlipKind Slip,
    string? OtherFactId,
    IReadOnlyList<string> ChecksMended);
