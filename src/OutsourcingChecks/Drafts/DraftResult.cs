using OutsourcingChecks.Figures;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Drafts;

/// <summary>A fact of the baseline as the new draft has it: where its quote now stands and what number it writes.</summary>
/// <param name="Fact">The fact as encoded (on the baseline text).</param>
/// <param name="Status">Unchanged, moved (re-anchored), changed or deleted (both stale).</param>
/// <param name="NewLine">Its line in the draft; for a deleted quote the likely line, 0 when unknown.</param>
/// <param name="NewWritten">The number the draft writes (null when deleted).</param>
/// <param name="OldText">The baseline's line of the figure.</param>
/// <param name="NewText">The draft's line of the figure (or its likely line).</param>
public sealed record FactDrift(Fact Fact, AnchorStatus Status, int NewLine, string? NewWritten, string OldText, string NewText)
{
    /// <summary>A changed or deleted fact: its YAML no longer matches the text.</summary>
    public bool IsStale => Status is AnchorStatus.Changed or AnchorStatus.Deleted;
}

/// <summary>
/// A check whose outcome the draft changes: broken (held, now does not) or mended (did not hold,
/// whether acknowledged or not, and now holds).
/// </summary>
public sealed record FindingChange(string Id, FindingStatus Before, FindingStatus After, Finding Now)
{
    public bool Breaks => Before == FindingStatus.Consistent && After != FindingStatus.Consistent;

    public bool Mends => Before != FindingStatus.Consistent && After == FindingStatus.Consistent;
}

/// <summary>
/// A new draft confronted with the facts encoded on the baseline: each fact's drift, the checks
/// re-run with the draft's numbers, and the draft's figures no fact or skipped entry accounts for
/// that were not already uncovered in the baseline.
/// </summary>
public sealed record DraftResult(
    string BaselinePath,
    string DraftPath,
    IReadOnlyList<FactDrift> Drifts,
    CheckRun Recheck,
    IReadOnlyList<FindingChange> FindingChanges,
    IReadOnlyList<FigureCoverage> NewUncovered)
{
    /// <summary>The acknowledgements the draft makes stale (they matched a discrepancy of the baseline and match nothing now).</summary>
    public IReadOnlyList<StaleAcknowledgement> NewlyStale { get; init; } = [];

    public int Stale => Drifts.Count(d => d.IsStale);
}
