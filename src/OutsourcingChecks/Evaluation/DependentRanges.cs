using System.Runtime.CompilerServices;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>
/// A check's sides when a fact occurs in them more than once, derived quantities expanded (a part
/// and a whole that contains it; cur and prev(cur, g)): evaluated as the tight range over the
/// facts' intervals (<see cref="RangeEnclosure"/>), not as if each occurrence were another figure.
/// A check whose sides share a fact is decided on their difference, which must meet the relation
/// with zero. Checks in which every fact occurs once are left to the plain evaluation, which is
/// exact for them.
/// </summary>
public static class DependentRanges
{
    /// <summary>How the facts occur in a check: repeated within a side, or shared by both.</summary>
    private sealed record Shape(bool StatedRepeats, bool ImpliedRepeats, bool Shared);

    private static readonly ConditionalWeakTable<RelationCheck, Shape> Shapes = new();
    private static readonly ConditionalWeakTable<Expr, Tape> Tapes = new();

    /// <summary>
    /// Both sides of the check in the scope, tightened where a fact repeats (for a reader), and
    /// whether the relation holds (<see cref="Side"/>); the plain values are given (they carry the
    /// dimensions, already checked).
    /// </summary>
    /// <exception cref="OverflowException">a value beyond decimal's range</exception>
    public static (Interval Stated, Interval Implied, bool Holds) Sides(RelationCheck check, Interval stated, Interval implied, IQuantityScope scope)
    {
        var shape = Shapes.GetValue(check, c => ShapeOf(c, scope));
        var holds = Side(check, stated, implied, scope) == 0;
        if (shape.StatedRepeats) stated = Tight(check.Stated, scope) ?? stated;
        if (shape.ImpliedRepeats) implied = Tight(check.Implied, scope) ?? implied;
        return (stated, implied, holds);
    }

    /// <summary>
    /// Whether the check holds in the scope: 0 when it does, else the side the stated value lies on
    /// (-1 below what the other figures imply, 1 above). Where a fact repeats, decided on the
    /// difference of the sides over the facts (<see cref="RangeEnclosure.Meet"/>): the relation
    /// holds for some true values exactly when that difference can meet zero under it.
    /// </summary>
    /// <exception cref="OverflowException">a value beyond decimal's range</exception>
    public static int Side(RelationCheck check, Interval stated, Interval implied, IQuantityScope scope)
    {
        var plain = RelationEvaluator.Holds(stated, check.Relation, implied) ? 0 : stated.Hi is { } sh && implied.Lo is { } il && sh <= il ? -1 : 1;
        var shape = Shapes.GetValue(check, c => ShapeOf(c, scope));
        if (plain != 0 || shape is { StatedRepeats: false, ImpliedRepeats: false, Shared: false }) return plain;
        try
        {
            var tape = Tapes.GetValue(Difference(check), e => Tape.Compile([e], scope.Definition));
            if (Domains(tape, scope) is not { } domains) return plain;
            return RangeEnclosure.Meet(tape, tape.Roots[0], domains, check.Relation);
        }
        catch (EvaluationException)
        {
            return plain;
        }
    }

    private static readonly ConditionalWeakTable<RelationCheck, Expr> Differences = new();

    private static Expr Difference(RelationCheck check) =>
        Differences.GetValue(check, c => Sum.Difference(c.Stated, c.Implied));

    /// <summary>The tight range of an expression in the scope, or null when it cannot be had (the plain value stands).</summary>
    private static Interval? Tight(Expr expr, IQuantityScope scope)
    {
        try
        {
            var tape = Tapes.GetValue(expr, e => Tape.Compile([e], scope.Definition));
            return Domains(tape, scope) is { } domains ? RangeEnclosure.Of(tape, tape.Roots[0], domains) : null;
        }
        catch (EvaluationException)
        {
            return null;
        }
    }

    /// <summary>The interval each of the tape's facts stands for in the scope, or null when one is unknown there.</summary>
    private static Interval[]? Domains(Tape tape, IQuantityScope scope)
    {
        var domains = new Interval[tape.Variables.Count];
        for (var v = 0; v < domains.Length; v++)
        {
            if (scope.Lookup(tape.Variables[v]) is not { } q) return null;
            domains[v] = q.Value;
        }
        return domains;
    }

    private static Shape ShapeOf(RelationCheck check, IQuantityScope scope)
    {
        var stated = FactsOf(check.Stated, scope, out var statedRepeats);
        var implied = FactsOf(check.Implied, scope, out var impliedRepeats);
        return new Shape(statedRepeats, impliedRepeats, stated.Overlaps(implied));
    }

    /// <summary>The facts behind an expression, derived quantities expanded, and whether one occurs twice.</summary>
    private static HashSet<string> FactsOf(Expr expr, IQuantityScope scope, out bool repeats)
    {
        var facts = new HashSet<string>(StringComparer.Ordinal);
        repeats = false;
        var work = new Stack<Expr>();
        work.Push(expr);
        var visited = 0;
        while (work.Count > 0)
        {
            // As in Tape.Compile: a bound on expansion, past which the plain evaluation stands.
            if (++visited > Tape.MaxNodes) { repeats = false; break; }
            switch (work.Pop())
            {
                case Ref r when scope.Definition(r.Id) is { } definition:
                    work.Push(definition);
                    break;
                case Ref r:
                    repeats |= !facts.Add(r.Id);
                    break;
                case Neg n:
                    work.Push(n.Operand);
                    break;
                case Binary b:
                    work.Push(b.Right);
                    work.Push(b.Left);
                    break;
                case Sum sum:
                    for (var i = sum.Addends.Count - 1; i >= 0; i--) work.Push(sum.Addends[i].Term);
                    break;
                case Call c:
                    for (var i = c.Arguments.Count - 1; i >= 0; i--) work.Push(c.Arguments[i]);
                    break;
            }
        }
        return facts;
    }
}
