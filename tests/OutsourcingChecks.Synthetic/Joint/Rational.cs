using System.Numerics;

namespace OutsourcingChecks.Synthetic.Joint;

/// <summary>
/// An exact rational number: the oracle's arithmetic, independent of the engine's outward-rounded
/// decimals, so that what the oracle decides is exact.
/// </summary>
public readonly record struct Rational : IComparable<Rational>
{
    public BigInteger Numerator { get; }
    public BigInteger Denominator { get; }

    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException();
        if (denominator.Sign < 0) (numerator, denominator) = (-numerator, -denominator);
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero) (numerator, denominator) = (numerator / g, denominator / g);
        Numerator = numerator;
        Denominator = denominator;
    }

    public static readonly Rational Zero = new(0, 1);
    public static readonly Rational One = new(1, 1);

    public static Rational Of(decimal d)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(d, bits);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (d < 0) mantissa = -mantissa;
        return new Rational(mantissa, BigInteger.Pow(10, d.Scale));
    }

    public static Rational operator +(Rational a, Rational b) => new(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a, Rational b) => new(a.Numerator * b.Denominator - b.Numerator * a.Denominator, a.Denominator * b.Denominator);
    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);
    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public int Sign => Numerator.Sign;

    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    public static Rational Min(Rational a, Rational b) => a <= b ? a : b;
    public static Rational Max(Rational a, Rational b) => a >= b ? a : b;

    public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
}

/// <summary>A closed interval of rationals, with exact (not outward-rounded: exact) arithmetic.</summary>
public readonly record struct RationalInterval(Rational Lo, Rational Hi)
{
    public static RationalInterval Point(Rational x) => new(x, x);

    public bool Overlaps(RationalInterval other) => Lo <= other.Hi && other.Lo <= Hi;

    public bool Within(RationalInterval other) => other.Lo <= Lo && Hi <= other.Hi;

    public Rational Mid => (Lo + Hi) / new Rational(2, 1);

    public static RationalInterval operator +(RationalInterval a, RationalInterval b) => new(a.Lo + b.Lo, a.Hi + b.Hi);
    public static RationalInterval operator -(RationalInterval a, RationalInterval b) => new(a.Lo - b.Hi, a.Hi - b.Lo);

    public static RationalInterval operator *(RationalInterval a, RationalInterval b)
    {
        Rational[] p = [a.Lo * b.Lo, a.Lo * b.Hi, a.Hi * b.Lo, a.Hi * b.Hi];
        return new(p.Min(), p.Max());
    }

    public static RationalInterval operator /(RationalInterval a, RationalInterval b)
    {
        if (b.Lo.Sign <= 0 && b.Hi.Sign >= 0) throw new DivideByZeroException("the divisor may be zero");
        return a * new RationalInterval(Rational.One / b.Hi, Rational.One / b.Lo);
    }

    public static implicit operator RationalInterval(Rational x) => Point(x);
}
