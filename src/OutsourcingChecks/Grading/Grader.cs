using System.Globalization;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Grading;

/// <summary>
/// Grades every finding of a run: exact on the written figures, consistent thanks to rounding,
/// stated from the rounded figures as written (a note, not an error), or inconsistent; with the
/// margin in units of the last written digit, and failing checks that follow from a failing
/// same-quantity check marked as its consequences.
/// </summary>
public static class Grader
{
    /// <summary>One verdict per finding, in the order of the run's findings.</summary>
    public static IReadOnlyList<Verdict> Verdicts(CheckRun run) => Verdicts(run, run.Findings);

    /// <summary>
    /// The verdicts on some of the run's findings, in their order: each the same as among all the
    /// run's verdicts (a writer that shows no verdict on consistent findings need not grade them).
    /// With the run's suggested corrections, a failing check that the correction of a failing
    /// same-quantity check mends is marked as its consequence; without them, none is.
    /// </summary>
    public static IReadOnlyList<Verdict> Verdicts(CheckRun run, IEnumerable<Finding> findings,
        IReadOnlyDictionary<string, IReadOnlyList<Suggestion>>? suggestions = null)
    {
        var scope = run.Scope.WithOwnMemo();
        var points = SubstitutedScope.WrittenPoints(scope);
        var roots = suggestions is null ? [] : RootCauses(run, suggestions);
        return findings.Where(f => f.Status != FindingStatus.Undecided).Select(f =>
        {
            var check = f.Check;
            Grade grade;
            string? note;
            try
            {
                (grade, note) = GradeOf(f, check, scope, points);
            }
            catch (OverflowException)
            {
                (grade, note) = (f.Status == FindingStatus.Consistent ? Grade.Rounding : Grade.Inconsistent, null);
            }
            return new Verdict(f.Id, grade, Margin(f, check, scope), roots.GetValueOrDefault(f.Id), note);
        }).ToList();
    }

    private static (Grade, string?) GradeOf(Finding finding, Check? check, ReportScope scope, SubstitutedScope points)
    {
        if (finding.Status == FindingStatus.Consistent)
            return (ExactOnWritten(check, points) ? Grade.Exact : Grade.Rounding, null);
        if (check is RelationCheck r && FromRoundedFigures(r, finding, scope, points) is { } note)
            return (Grade.RoundedFigures, note);
        // A joint finding whose stated figure is stated by one of its checks from the other terms
        // rounded as written (a point change from two rounded shares): a note, as that check alone would be.
        if (check is JointCheck j && finding.Joint?.Stated is { } stated)
            foreach (var statement in j.Statements)
                if (statement is RelationCheck { Stated: Ref s } rs && s.Id == stated && FromRoundedFigures(rs, finding, scope, points) is { } jointNote)
                    return (Grade.RoundedFigures, jointNote);
        return (Grade.Inconsistent, null);
    }

    /// <summary>The written values themselves (no rounding slack) satisfy the check.</summary>
    private static bool ExactOnWritten(Check? check, SubstitutedScope points)
    {
        switch (check)
        {
            case RelationCheck r:
                return points.Holds(r) == true;
            case SameQuantityCheck s:
                try
                {
                    return points.Lookup(s.First) is { } a && points.Lookup(s.Second) is { } b
                           && a.Dimension.Equals(b.Dimension) && a.Value.Overlaps(b.Value);
                }
                catch (Exception ex) when (ex is EvaluationException or OverflowException or DivideByZeroException or ArgumentException)
                {
                    return false;
                }
            default:
                return false;
        }
    }

    /// <summary>
    /// A failing check whose stated figure is the sum or difference of the other terms each first
    /// rounded to the stated figure's decimals (two rounded shares subtracted for a
    /// percentage-point change, rounded shares added for a combined share): says so, or null.
    /// </summary>
    private static string? FromRoundedFigures(RelationCheck check, Finding finding, ReportScope scope, SubstitutedScope points)
    {
        if (check.Stated is not Ref r || scope.Fact(r.Id) is not { IsPlain: true } stated) return null;
        var terms = Terms(check.Implied, 1).ToList();
        if (terms.Count < 2) return null;
        var total = 0m;
        var shown = new List<string>();
        var format = "F" + stated.Value.Decimals.ToString(CultureInfo.InvariantCulture);
        try
        {
            foreach (var (sign, term) in terms)
            {
                var q = Evaluator.Evaluate(term, points);
                if (!q.Value.IsBounded || !q.Dimension.Equals(stated.Unit.Dimension)) return null;
                var rounded = Math.Round(q.Value.Mid / stated.Unit.Scale, stated.Value.Decimals, MidpointRounding.AwayFromZero);
                total += sign * rounded;
                var text = rounded.ToString(format, CultureInfo.InvariantCulture);
                shown.Add(shown.Count == 0 ? (sign < 0 ? "-" + text : text) : (sign < 0 ? "- " : "+ ") + text);
            }
        }
        catch (Exception ex) when (ex is EvaluationException or OverflowException or DivideByZeroException or ArgumentException)
        {
            return null;
        }
        if (!RelationEvaluator.Holds(Interval.Point(stated.SignedNumber), check.Relation, Interval.Point(total))) return null;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Display.Written(stated)} is computed from the figures rounded to {stated.Value.Decimals} decimal{(stated.Value.Decimals == 1 ? "" : "s")} as written " +
            $"({string.Join(" ", shown)} = {total.ToString(format, CultureInfo.InvariantCulture)}); " +
            $"the true values give {finding.Implied?.ToString(null)} {finding.DisplayUnit}");
    }

    /// <summary>The additive terms of an expression with their signs (a - b + c: +a, -b, +c; (a + b) / t: a / t, b / t).</summary>
    /// <remarks>Recurses on the tree, whose depth is bounded (<see cref="ExprLimits.MaxDepth"/>).</remarks>
    private static IEnumerable<(int Sign, Expr Term)> Terms(Expr e, int sign) => e switch
    {
        Binary { Operator: '+' } b => Terms(b.Left, sign).Concat(Terms(b.Right, sign)),
        Binary { Operator: '-' } b => Terms(b.Left, sign).Concat(Terms(b.Right, -sign)),
        Neg n => Terms(n.Operand, -sign),
        Sum s => s.Addends.SelectMany(a => Terms(a.Term, a.Subtracted ? -sign : sign)),
        Call { Function: "sum" } c => c.Arguments.SelectMany(a => Terms(a, sign)),
        // A share of a sum is the sum of the shares: (a + b) / t = a / t + b / t.
        Binary { Operator: '/' } d when Terms(d.Left, 1).Skip(1).Any() =>
            Terms(d.Left, sign).Select(t => (t.Sign, (Expr)new Binary('/', t.Term, d.Right))),
        _ => [(sign, e)],
    };

    /// <summary>
    /// How far the stated written value lies from the interval the other figures allow, in units
    /// of its last written digit, to one decimal (0 inside). Without a stated figure, the distance
    /// between the two sides in units of the finest digit written in the display unit.
    /// </summary>
    private static decimal? Margin(Finding finding, Check? check, ReportScope scope)
    {
        // A joint finding's margin is its stated figure's distance from what the others force on
        // it, found by the joint stage; a same-quantity finding's, by the rounding rule it failed.
        if (check is JointCheck || (check is SameQuantityCheck && finding.Margin is not null)) return finding.Margin;
        if (finding.Implied is not { } implied) return null;
        var stated = check switch
        {
            RelationCheck { Stated: Ref r } => scope.Fact(r.Id),
            SameQuantityCheck s => scope.Fact(s.Second) ?? scope.Fact(s.First),
            _ => null,
        };
        try
        {
            if (stated is not null && stated.Unit.Symbol == finding.DisplayUnit)
                return Math.Round(Interval.Point(stated.SignedNumber).DistanceTo(implied) / StatedValue.Pow10(-stated.Value.Decimals), 1);
            var inUnit = finding.Figures.Where(x => x.Unit == finding.DisplayUnit)
                .Select(x => StatedValue.TryParse(x.Written, out _)?.Decimals).OfType<int>().ToList();
            if (finding.StatedInterval is not { } side || inUnit.Count == 0) return null;
            return Math.Round(side.DistanceTo(implied) / StatedValue.Pow10(-inUnit.Max()), 1);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Failing checks that involve either quantity of a failing same-quantity check, and that its
    /// best suggested correction mends, follow from it: each is marked with the first such root, so
    /// the root is reported once. A check that another figure's correction mends is not its
    /// consequence, though it shares a figure.
    /// </summary>
    private static Dictionary<string, string> RootCauses(CheckRun run, IReadOnlyDictionary<string, IReadOnlyList<Suggestion>> suggestions)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var failing = run.Findings.Where(f => f.IsDiscrepancy).ToList();
        foreach (var root in failing)
        {
            if (root.Check is not SameQuantityCheck same) continue;
            if (suggestions.GetValueOrDefault(root.Id) is not [var best, ..]) continue;
            var mended = best.ChecksMended.ToHashSet(StringComparer.Ordinal);
            foreach (var other in failing)
            {
                if (other.Id == root.Id || result.ContainsKey(other.Id) || other.Check is not RelationCheck r || !mended.Contains(other.Id)) continue;
                var involved = other.Figures.Select(x => x.Id).Concat(r.Stated.References()).Concat(r.Implied.References());
                if (involved.Any(id => id == same.First || id == same.Second)) result[other.Id] = root.Id;
            }
        }
        // A joint finding that a failing check's correction mends follows from that check: the
        // statements that hold alone cannot hold with the figure the check shows to be wrong.
        foreach (var joint in failing.Where(f => f.Check is JointCheck && !result.ContainsKey(f.Id)))
        {
            var root = failing.FirstOrDefault(f => f.Check is not JointCheck
                && suggestions.GetValueOrDefault(f.Id) is [var best, ..] && best.ChecksMended.Contains(joint.Id));
            if (root is not null) result[joint.Id] = result.GetValueOrDefault(root.Id) ?? root.Id;
        }
        return result;
    }
}
