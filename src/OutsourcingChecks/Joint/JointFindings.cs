using System.Globalization;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>
/// A minimal set of statements that cannot all hold, as a finding an editor can follow: every
/// figure with its written value and the values the other statements force on it; the figure
/// whose written value lies nearest to what it is forced to (in its last written digit) is the
/// one stated, the most likely slip.
/// </summary>
public static class JointFindings
{
    internal static Finding Of(Prover prover, IReadOnlyList<int> statements)
    {
        var network = prover.Network;
        var checks = statements.Select(s => network.Constraints[s].Statement!).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        var id = JointCheck.IdOf(checks.Select(c => c.Id));
        var check = new JointCheck(id, checks[0].Location, checks);

        var variables = network.WithDefinitions(statements).SelectMany(c => network.Constraints[c].Variables).Distinct().ToList();
        // Each figure set free with only the bound next to its written value made tight (its
        // margin); then the one nearest, the figure stated, with both.
        var figures = variables.Where(v => network.Facts[v] is not null)
            .Select(v => (Variable: v, Fact: network.Facts[v]!))
            .OrderBy(x => x.Fact.SourceLine).ThenBy(x => x.Fact.Id, StringComparer.Ordinal)
            .Select(x => (x.Variable, Figure: Figure(prover, statements, x.Variable, x.Fact, far: false)))
            .ToList();
        var best = figures.Where(f => f.Figure.Forced is not null)
            .OrderBy(f => Margin(f.Figure) ?? decimal.MaxValue)
            .ThenBy(f => Stated(checks, f.Figure.Figure.Id) ? 0 : 1)
            .ThenByDescending(f => f.Figure.Figure.SourceLine)
            .ThenBy(f => f.Figure.Figure.Id, StringComparer.Ordinal)
            .Select(f => ((int, JointFigure)?)f).FirstOrDefault();
        JointFigure? primary = null;
        if (best is var (variable, figure))
        {
            primary = Figure(prover, statements, variable, figure.Figure.Fact, far: true);
            figures = figures.Select(f => f.Variable == variable ? (f.Variable, primary) : f).ToList();
        }
        var shown = figures.Select(f => f.Figure).ToList();
        var message = Message(checks, shown, primary);
        return new Finding(id, JointCheck.RuleName, JointCheck.RuleName, FindingStatus.Inconsistent, check, _ => message,
            primary is null ? null : Display.Written(primary.Figure.Fact), primary?.Written, primary?.Forced,
            primary?.Figure.Unit ?? shown.FirstOrDefault()?.Figure.Unit ?? "", primary is null ? null : Margin(primary),
            shown.Select(f => f.Figure).ToList(), check.Location, null, null)
        {
            Joint = new JointDetail(shown, primary?.Figure.Id),
        };
    }

    private static JointFigure Figure(Prover prover, IReadOnlyList<int> statements, int variable, Fact fact, bool far) =>
        new(new FigureRef(fact), Own(fact.Canonical, fact), prover.Forced(statements, variable, far) is { } f ? Own(f, fact) : null);

    /// <summary>Whether the figure is the stated side of one of the checks (a share, a growth, a total as stated).</summary>
    private static bool Stated(IReadOnlyList<Check> checks, string factId) =>
        checks.Any(c => c is RelationCheck { Stated: Expressions.Ref r } && r.Id == factId);

    /// <summary>How far the written value lies from the forced values, in units of its last written digit.</summary>
    public static decimal? Margin(JointFigure f)
    {
        if (f.Forced is not { } forced) return null;
        var fact = f.Figure.Fact;
        try
        {
            return Math.Round(Interval.Point(fact.SignedNumber).DistanceTo(forced) / StatedValue.Pow10(-fact.Value.Decimals), 1);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Interval Own(Interval canonical, Fact fact) => new(canonical.Lo / fact.Unit.Scale, canonical.Hi / fact.Unit.Scale);

    private static string Message(IReadOnlyList<Check> checks, IReadOnlyList<JointFigure> figures, JointFigure? primary)
    {
        var claims = checks.Count == 2 ? "both checks" : $"all {checks.Count} checks";
        var intro = $"{Ids(checks)} each hold alone, but {claims} cannot hold at once";
        if (primary is null)
            return $"{intro}: no single figure can be changed to reconcile them ({Written(figures)}).";
        var fact = primary.Figure.Fact;
        var others = figures.Where(f => f != primary).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{intro}: with {Written(others)}, {fact.Id} must lie in {Shown(primary.Forced!.Value, fact)} {fact.Unit.Symbol}; " +
            $"{Display.Written(fact)} is stated (line {fact.SourceLine}).");
    }

    private static string Ids(IReadOnlyList<Check> checks) =>
        checks.Count == 2 ? $"{checks[0].Id} and {checks[1].Id}" : string.Join(", ", checks.Take(checks.Count - 1).Select(c => c.Id)) + " and " + checks[^1].Id;

    /// <summary>The figures as written, each with its report line (two figures may be written alike).</summary>
    private static string Written(IReadOnlyList<JointFigure> figures)
    {
        var items = figures.Select(f => $"{Display.Written(f.Figure.Fact)} (line {f.Figure.SourceLine})").ToList();
        return items.Count switch
        {
            0 => "no other figure",
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
    }

    /// <summary>The interval with two decimals more than the figure is written with.</summary>
    public static string Shown(Interval x, Fact fact) => x.ToDecimals(fact.Value.Decimals + 2);
}
