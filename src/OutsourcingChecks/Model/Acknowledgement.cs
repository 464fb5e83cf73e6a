namespace OutsourcingChecks.Model;

/// <summary>
/// An editor's review of a discrepancy: the finding id, the written values it was reviewed on,
/// and why it stands. If any pinned figure changes, the acknowledgement no longer matches.
/// </summary>
public sealed record Acknowledgement(
    string FindingId,
    IReadOnlyDictionary<string, string> Figures,
    string Reason,
    Location Location);

/// <summary>
/// A figure attributed to the wrong country or region (a copy-and-paste slip), which arithmetic
/// cannot catch: recorded by a reader, reported as a finding of its own kind.
/// </summary>
public sealed record Attribution(string Id, int SourceLine, string Quote, string Reason, Location Location);
