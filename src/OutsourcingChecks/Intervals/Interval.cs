using System.Globalization;

namespace OutsourcingChecks.Intervals;

/// <summary>
/// A closed interval of decimals [Lo, Hi]; a null bound is unbounded on that side.
/// Arithmetic is outward-rounded: every result contains every exact result of its operands,
/// so an empty intersection proves that no true values satisfy a relation.
/// </summary>
public readonly record struct Interval(decimal? Lo, decimal? Hi)
{
    // The steps a root's bound is moved by until its power is on the right side of its argument.
    private const decimal RelativeSlack = 0.000000000000000000001m; // 1e-21
    private const decimal AbsoluteSlack = 0.0000000000000000000000001m; // 1e-25

    public static Interval Point(decimal value) => new(value, value);

    public static readonly Interval Everything = new(null, null);

    public static Interval Around(decimal centre, decimal halfWidth) => new(centre - halfWidth, centre + halfWidth);

    public bool IsBounded => Lo.HasValue && Hi.HasValue;

    public bool Contains(decimal x) => (Lo is null || Lo <= x) && (Hi is null || x <= Hi);

    public bool ContainsZero => Contains(0m);

    public decimal? Width => IsBounded ? Hi!.Value - Lo!.Value : null;

    /// <summary>The midpoint of a bounded interval, else its one finite bound, else zero.</summary>
    public decimal Mid => IsBounded ? Lo!.Value / 2 + Hi!.Value / 2 : Lo ?? Hi ?? 0m;

    public Interval? Intersect(Interval other)
    {
        var lo = Max(Lo, other.Lo, nullIsLow: true);
        var hi = Min(Hi, other.Hi, nullIsHigh: true);
        if (lo.HasValue && hi.HasValue && lo > hi) return null;
        return new Interval(lo, hi);
    }

    public Interval Hull(Interval other) =>
        new(Lo.HasValue && other.Lo.HasValue ? Math.Min(Lo.Value, other.Lo.Value) : null,
            Hi.HasValue && other.Hi.HasValue ? Math.Max(Hi.Value, other.Hi.Value) : null);

    public bool Overlaps(Interval other) => Intersect(other) is not null;

    /// <summary>Distance from this interval to the other (zero when they overlap).</summary>
    public decimal DistanceTo(Interval other)
    {
        if (Hi.HasValue && other.Lo.HasValue && Hi < other.Lo) return other.Lo.Value - Hi.Value;
        if (other.Hi.HasValue && Lo.HasValue && other.Hi < Lo) return Lo.Value - other.Hi.Value;
        return 0m;
    }

    public static Interval operator +(Interval a, Interval b) =>
        new(a.Lo is { } al && b.Lo is { } bl ? SumBelow(al, bl) : null,
            a.Hi is { } ah && b.Hi is { } bh ? SumAbove(ah, bh) : null);

    public static Interval operator -(Interval a) => new(-a.Hi, -a.Lo);

    public static Interval operator -(Interval a, Interval b) => a + -b;

    private static decimal SumBelow(decimal a, decimal b)
    {
        var s = a + b;
        return Outward.Below(s, s == 0m || s.Scale >= Math.Max(a.Scale, b.Scale));
    }

    private static decimal SumAbove(decimal a, decimal b)
    {
        var s = a + b;
        return Outward.Above(s, s == 0m || s.Scale >= Math.Max(a.Scale, b.Scale));
    }

    /// <summary>The product, rounded outward; 0 × ∞ is 0 for interval endpoints. No allocation: propagation multiplies often.</summary>
    public static Interval operator *(Interval a, Interval b)
    {
        Span<decimal> values = stackalloc decimal[4];
        Span<int> infinities = stackalloc int[4];
        Span<bool> exact = stackalloc bool[4];
        Product(a.Lo, -1, b.Lo, -1, out values[0], out infinities[0], out exact[0]);
        Product(a.Lo, -1, b.Hi, 1, out values[1], out infinities[1], out exact[1]);
        Product(a.Hi, 1, b.Lo, -1, out values[2], out infinities[2], out exact[2]);
        Product(a.Hi, 1, b.Hi, 1, out values[3], out infinities[3], out exact[3]);
        int lo = 0, hi = 0;
        for (var i = 1; i < 4; i++)
        {
            if (Compare(values[i], infinities[i], values[lo], infinities[lo]) < 0) lo = i;
            if (Compare(values[i], infinities[i], values[hi], infinities[hi]) > 0) hi = i;
        }
        return new Interval(infinities[lo] == 0 ? Outward.Below(values[lo], exact[lo]) : null,
            infinities[hi] == 0 ? Outward.Above(values[hi], exact[hi]) : null);
    }

    /// <summary>
    /// The product of two endpoints, each a value or (null) the infinity of the given sign, and
    /// whether it is exact (decimal kept every digit: its scale is the sum of the operands').
    /// </summary>
    private static void Product(decimal? x, int xInfinity, decimal? y, int yInfinity, out decimal value, out int infinity, out bool exact)
    {
        if (x is { } xv && y is { } yv)
        {
            value = xv * yv;
            infinity = 0;
            exact = xv == 0m || yv == 0m || value.Scale == xv.Scale + yv.Scale;
            return;
        }
        var sign = (x is { } a ? Math.Sign(a) : xInfinity) * (y is { } b ? Math.Sign(b) : yInfinity);
        value = 0m;
        infinity = sign;
        exact = true;
    }

    private static int Compare(decimal a, int aInfinity, decimal b, int bInfinity) =>
        aInfinity != bInfinity ? aInfinity.CompareTo(bInfinity) : aInfinity == 0 ? a.CompareTo(b) : 0;

    /// <summary>Division; throws <see cref="DivideByZeroException"/> when the divisor contains zero.</summary>
    public static Interval operator /(Interval a, Interval b)
    {
        if (b.ContainsZero) throw new DivideByZeroException("the divisor's interval contains zero");
        // 1 / b, each bound rounded outward unless it is exact, then a times that.
        var reciprocal = new Interval(b.Hi is { } hi ? Reciprocal(hi, below: true) : 0m, b.Lo is { } lo ? Reciprocal(lo, below: false) : 0m);
        return a * reciprocal;
    }

    /// <summary>1 / x, rounded down or up unless exact (x times it gives back exactly 1).</summary>
    private static decimal Reciprocal(decimal x, bool below)
    {
        var r = 1m / x;
        var exact = r * x == 1m && (r * x).Scale == r.Scale + x.Scale;
        return below ? Outward.QuotientBelow(r, exact) : Outward.QuotientAbove(r, exact);
    }

    /// <summary>x^n for a whole n ≥ 1 on an interval of non-negative numbers.</summary>
    public Interval Pow(int n)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n));
        if (Lo is null || Lo < 0) throw new ArgumentException("pow needs a non-negative interval");
        var result = Point(1m);
        for (var i = 0; i < n; i++) result *= this;
        return result;
    }

    /// <summary>The n-th root of an interval of non-negative numbers, outward-rounded.</summary>
    public Interval Root(int n)
    {
        if (n < 1) throw new ArgumentOutOfRangeException(nameof(n));
        if (Lo is null || Lo < 0) throw new ArgumentException("root needs a non-negative interval");
        return new Interval(RootBelow(Lo.Value, n), Hi is { } hi ? RootAbove(hi, n) : null);
    }

    private static decimal RootBelow(decimal x, int n)
    {
        var r = Newton(x, n);
        while (r > 0 && Point(r).Pow(n).Lo > x) r -= Math.Max(r * RelativeSlack * 1000, AbsoluteSlack);
        return Math.Max(r, 0m);
    }

    private static decimal RootAbove(decimal x, int n)
    {
        var r = Newton(x, n);
        while (Point(r).Pow(n).Hi < x) r += Math.Max(r * RelativeSlack * 1000, AbsoluteSlack);
        return r;
    }

    private static decimal Newton(decimal x, int n)
    {
        if (x == 0m || n == 1) return x;
        // A double seed is only a starting point; the result is verified in decimal by the callers.
        var r = (decimal)Math.Pow((double)x, 1.0 / n);
        for (var i = 0; i < 50; i++)
        {
            var rn1 = 1m;
            for (var k = 0; k < n - 1; k++) rn1 *= r;
            var next = ((n - 1) * r + x / rn1) / n;
            if (next == r) break;
            r = next;
        }
        return r;
    }

    private static decimal? Max(decimal? a, decimal? b, bool nullIsLow) =>
        a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static decimal? Min(decimal? a, decimal? b, bool nullIsHigh) =>
        a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    public override string ToString() => ToString(null);

    /// <summary>Shows the interval in the given scale (e.g. 0.01 to show ratios as percent), invariant culture.</summary>
    public string ToString(decimal? scale, int significant = 6)
    {
        var s = scale ?? 1m;
        string Show(decimal? v, string inf) => v is { } d ? Format(d / s, significant) : inf;
        return $"[{Show(Lo, "-∞")}, {Show(Hi, "+∞")}]";
    }

    /// <summary>
    /// The interval with the given decimals, its ends rounded outward (down and up), so what is
    /// shown still holds every value it holds: "[35.443, 35.450]". Invariant culture.
    /// </summary>
    public string ToDecimals(int decimals)
    {
        var unit = 1m;
        for (var k = 0; k < decimals; k++) unit /= 10m;
        string End(decimal? v, bool up, string infinite)
        {
            if (v is not { } d) return infinite;
            var steps = d / unit;
            var rounded = (up ? Math.Ceiling(steps) : Math.Floor(steps)) * unit;
            return rounded.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }
        return $"[{End(Lo, false, "-∞")}, {End(Hi, true, "+∞")}]";
    }

    internal static string Format(decimal d, int decimals)
    {
        var rounded = Math.Round(d, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.############################", CultureInfo.InvariantCulture);
    }
}
