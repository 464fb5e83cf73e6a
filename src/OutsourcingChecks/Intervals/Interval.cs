using System.Globalization;

namespace OutsourcingChecks.Intervals;

/// <summary>
/// A closed interval of decimals [Lo, Hi]; a null bound is unbounded on that side.
/// Arithmetic is outward-rounded: every result contains every exact result of its operands,
/// so an empty intersection proves that no true values satisfy a relation.
/// </summary>
public readonly record struct Interval(decimal? Lo, decimal? Hi)
{
    // decimal keeps 28-29 significant digits: widening products and quotients by this relative
    // amount (plus a floor) covers their rounding error with a wide margin.
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
        new(a.Lo.HasValue && b.Lo.HasValue ? a.Lo + b.Lo : null,
            a.Hi.HasValue && b.Hi.HasValue ? a.Hi + b.Hi : null);

    public static Interval operator -(Interval a) => new(-a.Hi, -a.Lo);

    public static Interval operator -(Interval a, Interval b) => a + -b;

    public static Interval operator *(Interval a, Interval b)
    {
        var products = new[]
        {
            Ext.Mul(Ext.LoOf(a), Ext.LoOf(b)), Ext.Mul(Ext.LoOf(a), Ext.HiOf(b)),
            Ext.Mul(Ext.HiOf(a), Ext.LoOf(b)), Ext.Mul(Ext.HiOf(a), Ext.HiOf(b)),
        };
        return Widen(Ext.ToInterval(products.Min()!, products.Max()!));
    }

    /// <summary>Division; throws <see cref="DivideByZeroException"/> when the divisor contains zero.</summary>
    public static Interval operator /(Interval a, Interval b)
    {
        if (b.ContainsZero) throw new DivideByZeroException("the divisor's interval contains zero");
        var reciprocal = new Interval(b.Hi is { } hi ? 1m / hi : 0m, b.Lo is { } lo ? 1m / lo : 0m);
        return a * Widen(reciprocal);
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

    private static Interval Widen(Interval x) =>
        new(x.Lo is { } lo ? lo - Math.Abs(lo) * RelativeSlack - AbsoluteSlack : null,
            x.Hi is { } hi ? hi + Math.Abs(hi) * RelativeSlack + AbsoluteSlack : null);

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

    internal static string Format(decimal d, int decimals)
    {
        var rounded = Math.Round(d, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>A decimal extended with ±infinity, used for the endpoints of products.</summary>
    private sealed record Ext(decimal Value, int Infinity) : IComparable<Ext>
    {
        public static Ext LoOf(Interval x) => x.Lo is { } v ? new Ext(v, 0) : new Ext(0, -1);
        public static Ext HiOf(Interval x) => x.Hi is { } v ? new Ext(v, 0) : new Ext(0, 1);

        private int Sign => Infinity != 0 ? Infinity : Math.Sign(Value);

        public static Ext Mul(Ext a, Ext b)
        {
            if (a.Infinity == 0 && b.Infinity == 0) return new Ext(a.Value * b.Value, 0);
            var sign = a.Sign * b.Sign;
            return sign == 0 ? new Ext(0, 0) : new Ext(0, sign); // 0 × ∞ = 0 for interval endpoints
        }

        public static Interval ToInterval(Ext lo, Ext hi) =>
            new(lo.Infinity == 0 ? lo.Value : null, hi.Infinity == 0 ? hi.Value : null);

        public int CompareTo(Ext? other)
        {
            if (other is null) return 1;
            if (Infinity != other.Infinity) return Infinity.CompareTo(other.Infinity);
            return Infinity == 0 ? Value.CompareTo(other.Value) : 0;
        }
    }
}
