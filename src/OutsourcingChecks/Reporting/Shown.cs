using System.Globalization;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>How numbers are shown to a reader: an interval with the decimals that matter, rounded outward.</summary>
public static class Shown
{
    /// <summary>The decimals that tell an interval apart from the stated figure: two more than the figure has.</summary>
    public static int DecimalsFor(Finding f) =>
        (Discrepancies.Primary(f) is { } x ? x.Fact.Value.Decimals : f.Figures.Select(y => y.Fact.Value.Decimals).DefaultIfEmpty(0).Max()) + 2;

    /// <summary>
    /// The interval with the given decimals, its ends rounded outward (down and up), so what is shown
    /// still holds every value the engine allowed: "[35.443, 35.450]".
    /// </summary>
    public static string Interval(Interval i, int decimals) => i.ToDecimals(decimals);

    /// <summary>The implied interval of a finding with its unit, at the decimals that matter ("[35.443, 35.450] %").</summary>
    public static string? Implied(Finding f) => f.Implied is { } i ? $"{Interval(i, DecimalsFor(f))} {f.DisplayUnit}".TrimEnd() : null;

    /// <summary>
    /// What a finding found, in one line: "stated 80.0 亿美元; the other figures give [80.850, 81.150] 亿美元"
    /// with the decimals that matter, or the engine's message where there is no implied interval.
    /// </summary>
    public static string Found(Finding f)
    {
        if (f.Check is not RelationCheck || f.Implied is null) return f.Message;
        var side = f.Stated is not null ? $"stated {f.Stated}" : $"the stated side gives {Interval(f.StatedInterval!.Value, DecimalsFor(f))} {f.DisplayUnit}";
        return $"{side}; the other figures give {Implied(f)}";
    }

    /// <summary>
    /// For a figure of a joint finding, what the other checks force on it when it alone is set
    /// free ("others force [60.649, 60.788]", or "no value alone"); null for any other finding.
    /// </summary>
    public static string? Forced(Finding f, FigureRef x)
    {
        if (f.Joint?.Figures.FirstOrDefault(j => j.Figure.Id == x.Id) is not { } figure) return null;
        return figure.Forced is { } i ? $"others force {Interval(i, x.Fact.Value.Decimals + 2)}" : "no value alone";
    }
}
