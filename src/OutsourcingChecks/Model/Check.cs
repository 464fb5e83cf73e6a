using OutsourcingChecks.Expressions;

namespace OutsourcingChecks.Model;

/// <summary>One concrete claim to confront with the figures, with a stable id.</summary>
public abstract record Check(string Id, string RuleId, string Kind, Location Location, string? Note)
{
    /// <summary>The claim in the rules' notation ("total = a + b"), written out when read: it is shown for few checks.</summary>
    public abstract string Claim { get; }
}

/// <summary>
/// A stated side (usually one figure) against what the other figures imply, under a relation:
/// inconsistent only when no true values inside their intervals satisfy the relation.
/// </summary>
public sealed record RelationCheck(
    string Id, string RuleId, string Kind, Location Location, string? Note,
    Expr Stated, Relation Relation, Expr Implied)
    : Check(Id, RuleId, Kind, Location, Note)
{
    public override string Claim => $"{Stated} {Relations.Symbol(Relation)} {Implied}";
}

/// <summary>Two statements of the same quantity: they must be writable from one true value.</summary>
public sealed record SameQuantityCheck(
    string Id, string RuleId, string Kind, Location Location, string? Note,
    string First, string Second)
    : Check(Id, RuleId, Kind, Location, Note)
{
    public override string Claim => $"{First} = {Second}";
}
