using OutsourcingChecks.Model;

namespace OutsourcingChecks.Synthetic;

/// <summary>
/// An oracle independent of the engine's interval code: the range of values the other figures of a
/// case allow for the stated figure, computed from the corners of their rounding intervals (every
/// identity here is monotone in each figure), and the injection of errors beyond that range.
/// </summary>
public static class Slack
{
    /// <summary>
    /// True when the stated figure, even widened by one more half unit of its last digit on each
    /// side, cannot meet what the other figures allow: an error clearly beyond rounding.
    /// </summary>
    public static bool ClearlyInconsistent(IdentityCase c)
    {
        var s = c.Stated.Value;
        var u = c.Stated.Digit;
        if (c.Identity == Identity.Cagr)
        {
            // Compare in growth-factor space, (1 + rate)^years, which avoids roots.
            var (lo, hi) = Corners(c["end"], c["start"], (e, st) => e / st);
            bool Below() => IdentityCases.Power(1m + (s + u) / 100m, c.Years) < lo;
            bool Above() => s - u > -100m && IdentityCases.Power(1m + (s - u) / 100m, c.Years) > hi;
            return Below() || Above();
        }
        var (implLo, implHi) = Implied(c);
        return s + u < implLo || s - u > implHi;
    }

    /// <summary>What the other figures allow for the stated figure, in its unit (not for CAGR).</summary>
    public static (decimal Lo, decimal Hi) Implied(IdentityCase c)
    {
        var stated = Scale(c.Stated);
        switch (c.Identity)
        {
            case Identity.Sum:
                var parts = c.Others.Select(Canonical).ToList();
                return (parts.Sum(p => p.Lo) / stated, parts.Sum(p => p.Hi) / stated);
            case Identity.Share:
                return Over(Corners(c["part"], c["whole"], (p, w) => p / w), stated);
            case Identity.Growth:
                return Over(Corners(c["current"], c["previous"], (cu, p) => cu / p - 1m), stated);
            case Identity.Points:
                return Over(Corners(c["now"], c["before"], (n, b) => n - b), stated);
            case Identity.Multiple:
                return Over(Corners(c["current"], c["previous"], (cu, p) => cu / p - 1m), stated);
            case Identity.Ratio:
                return Over(Corners(c["current"], c["previous"], (cu, p) => cu / p), stated);
            case Identity.Quotient:
                return Over(Corners(c["numerator"], c["denominator"], (n, d) => n / d), stated);
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c.Identity, "no closed range for this identity");
        }
    }

    /// <summary>
    /// Rewrites the stated figure just beyond what the other figures allow (above or below), then
    /// <paramref name="extraDigits"/> more units of its last digit. Below is used only where the
    /// figure can go (a CAGR above -100 %).
    /// </summary>
    public static IdentityCase InjectError(IdentityCase c, bool up, int extraDigits)
    {
        var u = c.Stated.Digit;
        var (lo, hi) = c.Identity == Identity.Cagr ? CagrSeed(c) : Implied(c);
        var down = !up && (c.Identity != Identity.Cagr || lo - 3 * u > -100m);
        var value = down ? Math.Floor((lo - u) / u) * u : Math.Ceiling((hi + u) / u) * u;
        for (var steps = 0; !ClearlyInconsistent(c.WithStated(value)); steps++)
        {
            if (steps == 10_000) throw new InvalidOperationException($"no clear error found near {value} for {c}");
            value += down ? -u : u;
        }
        return c.WithStated(value + (down ? -extraDigits : extraDigits) * u);
    }

    /// <summary>A first guess of the CAGR range; the decimal check above decides.</summary>
    private static (decimal Lo, decimal Hi) CagrSeed(IdentityCase c)
    {
        var (lo, hi) = Corners(c["end"], c["start"], (e, st) => e / st);
        decimal Rate(decimal factor) => (decimal)(Math.Pow((double)factor, 1.0 / c.Years) - 1.0) * 100m;
        return (Rate(Math.Max(lo, 0m)), Rate(hi));
    }

    private static (decimal Lo, decimal Hi) Over((decimal Lo, decimal Hi) x, decimal scale) => (x.Lo / scale, x.Hi / scale);

    private static decimal Scale(Figure f) => Units.Find(f.Unit)!.Scale;

    private static (decimal Lo, decimal Hi) Canonical(Figure f)
    {
        var h = f.Digit / 2m;
        return ((f.Value - h) * Scale(f), (f.Value + h) * Scale(f));
    }

    private static (decimal Lo, decimal Hi) Corners(Figure a, Figure b, Func<decimal, decimal, decimal> f)
    {
        var (a1, a2) = Canonical(a);
        var (b1, b2) = Canonical(b);
        decimal[] all = [f(a1, b1), f(a1, b2), f(a2, b1), f(a2, b2)];
        return (all.Min(), all.Max());
    }
}
