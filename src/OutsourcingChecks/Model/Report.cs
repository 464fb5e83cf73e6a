using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Model;

/// <summary>Everything loaded for one report: its text, figures, rules and reviews.</summary>
public sealed record Report(
    SourceText Source,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Derived> Derived,
    IReadOnlyList<Rule> Rules,
    IReadOnlyList<Acknowledgement> Acknowledgements,
    IReadOnlyList<Attribution> Attributions,
    IReadOnlyList<Skipped> Skipped);
