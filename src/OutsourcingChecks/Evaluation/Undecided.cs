using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>
/// The finding of a check that cannot be decided: its figures leave the arithmetic undefined (a
/// denominator that may be zero, a root or power of what may be negative, numbers beyond the range
/// of decimal), so no answer would be a proof either way. It says why, with the check's figures.
/// </summary>
public static class Undecided
{
    /// <summary>Why the evaluation stopped, in words, from what stopped it.</summary>
    public static string Reason(Exception problem) => problem switch
    {
        EvaluationException { Problem: EvaluationProblem.ZeroDenominator } e => $"the denominator {e.Message} can be zero",
        EvaluationException { Problem: EvaluationProblem.Overflow } or OverflowException => "the arithmetic overflows the range of decimal numbers",
        _ => problem.Message,
    };

    public static Finding Finding(Check check, ReportScope scope, string reason)
    {
        var figures = check switch
        {
            RelationCheck r => scope.FactsBehind(r.Stated, r.Implied),
            SameQuantityCheck s => scope.FactsBehind(new Ref(s.First), new Ref(s.Second)),
            _ => [],
        };
        var stated = check switch
        {
            RelationCheck { Stated: Ref r } => scope.Fact(r.Id),
            SameQuantityCheck s => scope.Fact(s.Second),
            _ => null,
        };
        return new Finding(check.Id, check.RuleId, check.Kind, FindingStatus.Undecided, check,
            f => $"{f.Claim} cannot be decided: {reason}",
            stated is null ? null : Display.Written(stated), null, null, stated?.Unit.Symbol ?? "", null,
            Display.Refs(figures), check.Location, check.Note, null);
    }
}
