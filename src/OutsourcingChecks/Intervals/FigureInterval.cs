using OutsourcingChecks.Model;

namespace OutsourcingChecks.Intervals;

/// <summary>The interval of true values a written figure stands for.</summary>
public static class FigureInterval
{
    /// <summary>How far 约 (about) reaches: 5 % of the figure, unless rounding reaches further.</summary>
    public const decimal AboutRelative = 0.05m;

    /// <summary>How far below its figure 近 (nearly) reaches: down to 90 % of it.</summary>
    public const decimal NearlyFloor = 0.9m;

    public static Interval Of(decimal signed, decimal halfUnit, IReadOnlyList<Qualifier> qualifiers)
    {
        var rounding = Interval.Around(signed, halfUnit);
        if (qualifiers.Contains(Qualifier.About))
            return Interval.Around(signed, Math.Max(halfUnit, Math.Abs(signed) * AboutRelative));
        if (qualifiers.Contains(Qualifier.MoreThan) || qualifiers.Contains(Qualifier.AtLeast))
            return new Interval(signed, null);
        if (qualifiers.Contains(Qualifier.LessThan))
            return new Interval(null, signed);
        if (qualifiers.Contains(Qualifier.Nearly))
            return signed >= 0 ? new Interval(signed * NearlyFloor, signed) : new Interval(signed, signed * NearlyFloor);
        return rounding;
    }

    public static Interval Scale(Interval x, decimal scale) =>
        new(x.Lo * scale, x.Hi * scale);
}
