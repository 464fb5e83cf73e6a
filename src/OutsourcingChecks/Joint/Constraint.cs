using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>
/// One relation between the network's variables: a statement of the report (a check that holds
/// alone) or the definition of a derived quantity (which holds by construction). Its tape has two
/// roots, the left and right sides of the relation; <see cref="Variables"/> maps the tape's
/// variables to the network's.
/// </summary>
internal sealed record Constraint(int Index, Check? Statement, Tape Tape, Relation Relation, int[] Variables)
{
    public bool IsStatement => Statement is not null;

}
