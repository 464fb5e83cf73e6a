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
    IReadOnlyList<Skipped> Skipped)
{
    /// <summary>The units its facts are written in: the built-in ones and those the report declares.</summary>
    public UnitRegistry Units { get; init; } = UnitRegistry.BuiltIn;
}
