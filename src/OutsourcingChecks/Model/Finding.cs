using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Model;

/// <summary>
/// What a check found. <see cref="Undecided"/>: the figures' values leave the check's arithmetic
/// undefined (a whole that may be zero, a base that may be negative, numbers beyond decimal's
/// range), so it can be neither confirmed nor refuted; the finding's message says why.
/// </summary>
public enum FindingStatus { Consistent, Inconsistent, Acknowledged, Undecided }

/// <summary>
/// A figure involved in a finding, with where it stands in the report and in the facts: a view of
/// the fact itself, so that findings share the facts rather than each hold a copy of its figures.
/// </summary>
public readonly record struct FigureRef(Fact Fact)
{
    public string Id => Fact.Id;

    /// <summary>The value as written, with the sign a decline gives it.</summary>
    public string Written => Fact.SignedWritten;

    public string Unit => Fact.Unit.Symbol;
    public int SourceLine => Fact.SourceLine;
    public string Quote => Fact.Quote;
    public Location Location => Fact.Location;
}

/// <summary>
/// The outcome of one check, as data: every writer (text, JSON, NUnit) renders the same record.
/// Intervals are in the display unit (the stated figure's unit where there is one).
/// </summary>
public sealed record Finding(
    string Id,
    string RuleId,
    string Kind,
    FindingStatus Status,
    Check Check,
    Func<Finding, string> Describe,
    string? Stated,
    Interval? StatedInterval,
    Interval? Implied,
    string DisplayUnit,
    decimal? Margin,
    IReadOnlyList<FigureRef> Figures,
    Location RuleLocation,
    string? Note,
    string? AcknowledgementReason)
{
    /// <summary>
    /// What the check found, in words. Composed each time it is read rather than stored: most
    /// findings of a large report are consistent and never shown, and their messages took more
    /// memory than anything else the checks add.
    /// </summary>
    public string Message => Describe(this);

    /// <summary>What the check claims, in the rules' notation.</summary>
    public string Claim => Check.Claim;

    public bool Fails => Status == FindingStatus.Inconsistent;

    /// <summary>A discrepancy: inconsistent (new) or acknowledged (reviewed); not a consistent or an undecided check.</summary>
    public bool IsDiscrepancy => Status is FindingStatus.Inconsistent or FindingStatus.Acknowledged;
}

/// <summary>An acknowledgement that matches no inconsistent finding (fixed, or its figures changed).</summary>
public sealed record StaleAcknowledgement(Acknowledgement Acknowledgement, string Why);
