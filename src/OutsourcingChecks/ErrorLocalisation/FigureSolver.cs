using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.ErrorLocalisation;

/// <summary>
/// Solves one check for one figure: the canonical values of the figure that make the check hold,
/// every other figure at its interval. A relation check is solved by bisection over the figure's
/// value with the ordinary evaluator, which needs only that the check's failing side changes
/// monotonically with the figure (true when the figure appears once in a sum, share, growth …).
/// </summary>
public static class FigureSolver
{
    /// <summary>How many probes, each twice as far as the last, are tried on each side.</summary>
    private const int Probes = 110;

    /// <summary>Bisection steps for each bound: far beyond the digits a report writes.</summary>
    private const int Bisections = 96;

    /// <summary>
    /// The canonical values of <paramref name="figure"/> that satisfy <paramref name="check"/>,
    /// or null when none do (or the check cannot be evaluated near the figure's value).
    /// A null bound is unbounded on that side.
    /// </summary>
    public static Interval? Solve(Check check, Fact figure, ReportScope scope) => check switch
    {
        RelationCheck r => SolveRelation(r, figure, scope),
        SameQuantityCheck s => SolveSame(s, figure, scope),
        _ => null,
    };

    private static Interval? SolveSame(SameQuantityCheck check, Fact figure, ReportScope scope)
    {
        var other = check.First == figure.Id ? check.Second : check.Second == figure.Id ? check.First : null;
        if (other is null) return Interval.Everything;
        var q = scope.Lookup(other);
        return q is { } v && v.Dimension.Equals(figure.Unit.Dimension) ? v.Value : null;
    }

    private static Interval? SolveRelation(RelationCheck check, Fact figure, ReportScope scope)
    {
        var v = figure.SignedNumber * figure.Unit.Scale;
        var digit = StatedValue.Pow10(-figure.Value.Decimals) * figure.Unit.Scale;
        var step = Math.Max(Math.Abs(v), digit) / 4096m;
        // A bound is placed to a thousandth of the figure's last written digit: finer than any
        // suggestion needs, and it spares the bisection the last of decimal's 28 digits.
        var resolution = digit / 1_000m;
        // An amount or a count keeps its sign: a share of a negative total is not a repair.
        var sign = figure.Unit.Dimension.IsNone ? 0 : Math.Sign(v);

        // Which derived quantities depend on the figure, and the value of a side the figure does
        // not enter: the same for every value tried, so found once.
        var affected = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Fixed(Expr side) => scope.FactsBehind(side).All(f => f.Id != figure.Id);
        var (statedFixed, impliedFixed) = (Fixed(check.Stated), Fixed(check.Implied));
        var stated = statedFixed ? SubstitutedScope.TryEvaluate(check.Stated, scope) : null;
        var implied = impliedFixed ? SubstitutedScope.TryEvaluate(check.Implied, scope) : null;
        var unevaluable = (statedFixed && stated is null) || (impliedFixed && implied is null);
        int? Side(decimal x)
        {
            if (unevaluable) return null;
            return SubstitutedScope.One(scope, figure.Id, Interval.Point(x), affected).Sides(check, stated, implied) is var (_, _, side) ? side : null;
        }

        IEnumerable<decimal> Walk(decimal from, int direction)
        {
            var distance = step;
            var last = from;
            for (var k = 0; k < Probes; k++)
            {
                decimal x;
                try
                {
                    x = from + direction * distance;
                    distance *= 2;
                }
                catch (OverflowException)
                {
                    yield break;
                }
                if (sign != 0 && Math.Sign(x) != sign) x = last / 2;
                if (x == last) yield break;
                yield return x;
                last = x;
            }
        }

        decimal? Bisect(decimal inside, decimal outside, Func<int?, bool> isInside)
        {
            for (var k = 0; k < Bisections; k++)
            {
                if (Math.Abs(outside - inside) <= resolution) break;
                var m = inside / 2 + outside / 2;
                if (m == inside || m == outside) break;
                if (isInside(Side(m))) inside = m; else outside = m;
            }
            return inside;
        }

        // A value of the figure that satisfies the check: its written value, or the first probe
        // that does, or (when a probe overshoots to the other side) a bisection between the two.
        var g0 = Side(v);
        if (g0 is null) return null;
        decimal? x0 = g0 == 0 ? v : null;
        foreach (var direction in new[] { -1, 1 })
        {
            if (x0 is not null) break;
            var previous = v;
            foreach (var x in Walk(v, direction))
            {
                var g = Side(x);
                if (g is null) break;
                if (g == 0) { x0 = x; break; }
                if (g != g0)
                {
                    x0 = ZeroBetween(previous, x, g0.Value);
                    break;
                }
                previous = x;
            }
        }
        if (x0 is not { } zero) return null;

        decimal? ZeroBetween(decimal a, decimal b, int sideOfA)
        {
            for (var k = 0; k < Bisections; k++)
            {
                var m = a / 2 + b / 2;
                if (m == a || m == b) return null;
                var g = Side(m);
                if (g is null) return null;
                if (g == 0) return m;
                if (g == sideOfA) a = m; else b = m;
            }
            return null;
        }

        decimal? Bound(int direction)
        {
            var inside = zero;
            foreach (var x in Walk(zero, direction))
            {
                var g = Side(x);
                if (g == 0) { inside = x; continue; }
                if (g is null) break; // cannot be evaluated beyond: no bound found on this side
                return Bisect(inside, x, s => s == 0);
            }
            return sign != 0 && direction == -sign ? 0m : null;
        }

        return new Interval(Bound(-1), Bound(1));
    }
}
