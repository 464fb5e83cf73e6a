using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Model;

public enum FindingStatus { Consistent, Inconsistent, Acknowledged }

/// <summary>A figure involved in a finding, with where it stands in the report and in the facts.</summary>
public sealed record FigureRef(string Id, string Written, string Unit, int SourceLine, string Quote, Location Location);

/// <summary>
/// The outcome of one check, as data: every writer (text, JSON, NUnit) renders the same record.
/// Intervals are in the display unit (the stated figure's unit where there is one).
/// </summary>
public sealed record Finding(
    string Id,
    string RuleId,
    string Kind,
    FindingStatus Status,
    string Message,
    string Claim,
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
    public bool Fails => Status == FindingStatus.Inconsistent;
}

/// <summary>An acknowledgement that matches no inconsistent finding (fixed, or its figures changed).</summary>
public sealed record StaleAcknowledgement(Acknowledgement Acknowledgement, string Why);
