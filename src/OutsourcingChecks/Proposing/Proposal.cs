namespace OutsourcingChecks.Proposing;

/// <summary>A derived quantity a proposal needs: last year's value implied by this year's and its growth.</summary>
public sealed record ProposedDerived(string Id, string Expression, string Measure, IReadOnlyList<KeyValuePair<string, string>> Dims, string Period, string Why);

/// <summary>One field of a proposed rule: a single expression, or a list (a sum's parts).</summary>
public sealed record ProposedField(string Name, IReadOnlyList<string> Items, bool IsList = false);

/// <summary>
/// A rule inferred from the facts' measures, dims and periods, with the reason it was inferred
/// (<see cref="Why"/>): the fact-checker keeps, edits or drops it.
/// </summary>
public sealed record ProposedRule(string Id, string Kind, IReadOnlyList<ProposedField> Fields, string Why);

/// <summary>How a proposed rule came out when checked at once.</summary>
public enum ProposalStatus
{
    /// <summary>The written figures can satisfy it.</summary>
    Consistent,
    /// <summary>No true values behind the written figures satisfy it: a discrepancy in the report, or a rule that does not hold.</summary>
    Inconsistent,
    /// <summary>It could not be checked (a unit mismatch, a zero denominator …): see the message.</summary>
    Undecided,
}

/// <summary>A proposed rule, its status, and the figures it stands on (derived quantities resolved to their facts, each fact named by the quantity it states).</summary>
public sealed record Proposal(ProposedRule Rule, ProposalStatus Status, string? Message, IReadOnlySet<string> Figures, string? Repeats);

/// <summary>
/// What <c>propose</c> found: the derived quantities the written proposals need, the proposals not
/// already stated by a rule of the report, and those that repeat one (kept for the count, not written).
/// </summary>
public sealed record ProposalSet(IReadOnlyList<ProposedDerived> Derived, IReadOnlyList<Proposal> New, IReadOnlyList<Proposal> Repeated);
