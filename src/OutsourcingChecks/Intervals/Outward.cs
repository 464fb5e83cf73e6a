namespace OutsourcingChecks.Intervals;

/// <summary>
/// Directed rounding of decimal results. A decimal sum or product is exact unless it needs more
/// digits than decimal keeps (its scale then falls short of the operands'); a quotient is exact
/// when multiplying it back gives the dividend exactly. An inexact result is moved out by one unit in its last place (decimal rounds to
/// nearest, so the exact result lies within half of one), then rounded outward to
/// <see cref="Significant"/> significant digits: far below any digit a report writes, and short
/// numbers keep decimal's arithmetic on its fast paths (a product of two 28-digit decimals costs
/// several times one of two short ones).
/// </summary>
internal static class Outward
{
    /// <summary>How many significant digits an inexact bound keeps.</summary>
    public const int Significant = 20;

    /// <summary>A lower bound of the exact value that <paramref name="x"/> approximates (x itself when exact).</summary>
    public static decimal Below(decimal x, bool exact) => exact ? x : Shorten(x - Ulp(x), down: true);

    /// <summary>An upper bound of the exact value that <paramref name="x"/> approximates (x itself when exact).</summary>
    public static decimal Above(decimal x, bool exact) => exact ? x : Shorten(x + Ulp(x), down: false);

    /// <summary>
    /// A lower (or upper) bound of the exact quotient that <paramref name="q"/> approximates.
    /// Decimal division rounds to 28-29 significant digits (or to 28 decimals) and then drops
    /// trailing zeros, so q's own last place can be far coarser than where it was rounded: the
    /// error is bounded by 10^-26 of q plus 10^-28 instead.
    /// </summary>
    public static decimal QuotientBelow(decimal q, bool exact) => exact ? q : Shorten(q - QuotientError(q), down: true);

    /// <inheritdoc cref="QuotientBelow"/>
    public static decimal QuotientAbove(decimal q, bool exact) => exact ? q : Shorten(q + QuotientError(q), down: false);

    private static decimal QuotientError(decimal q) => Math.Abs(q) * 0.00000000000000000000000001m + 0.0000000000000000000000000001m;

    /// <summary>
    /// One unit in the last place of x; for a zero (whatever its scale says: a product that
    /// vanished below decimal's range comes back as a plain 0), the smallest decimal step.
    /// </summary>
    private static decimal Ulp(decimal x) => new(1, 0, 0, false, x == 0m ? (byte)28 : x.Scale);

    /// <summary>x rounded down (or up) to <see cref="Significant"/> significant digits, or x when it has no more.</summary>
    private static decimal Shorten(decimal x, bool down)
    {
        var digits = Digits(x);
        if (digits <= Significant) return x;
        var decimals = x.Scale - (digits - Significant);
        // A number with more integer digits than are kept is left as it is (already outward).
        if (decimals < 0) return x;
        return decimal.Round(x, decimals, down ? MidpointRounding.ToNegativeInfinity : MidpointRounding.ToPositiveInfinity);
    }

    private static readonly UInt128[] Powers = MakePowers();

    private static UInt128[] MakePowers()
    {
        var powers = new UInt128[30];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++) powers[i] = powers[i - 1] * 10;
        return powers;
    }

    /// <summary>The number of digits of x's integer mantissa (x = mantissa / 10^scale).</summary>
    private static int Digits(decimal x)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(x, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        if (mantissa == 0) return 1;
        // log10(2) ≈ 1233 / 4096: an estimate from the bit length, off by at most one below.
        var estimate = (int)((((int)UInt128.Log2(mantissa) + 1) * 1233) >> 12);
        return mantissa >= Powers[estimate] ? estimate + 1 : estimate;
    }
}
