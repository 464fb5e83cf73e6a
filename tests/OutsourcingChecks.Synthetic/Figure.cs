using System.Globalization;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Synthetic;

/// <summary>
/// One figure of a generated case as a report writes it: the true value rounded half away from
/// zero to <see cref="Decimals"/> decimals, in its own unit; a negative figure may be written as a
/// decline (下降 2.3 % rather than -2.3 %).
/// </summary>
public sealed record Figure(string Id, string Unit, int Decimals, decimal Value, bool PreferDecline, decimal True)
{
    /// <summary>Writes a true value as a report would, at the given number of decimals.</summary>
    public static Figure Write(string id, string unit, decimal trueValue, int decimals, bool preferDecline = false) =>
        new(id, unit, decimals, Round(trueValue, decimals), preferDecline, trueValue);

    /// <summary>Half away from zero, as reports round; a rounded zero carries no sign.</summary>
    public static decimal Round(decimal value, int decimals)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0m ? 0m : rounded;
    }

    /// <summary>One unit of the last written digit.</summary>
    public decimal Digit => StatedValue.Pow10(-Decimals);

    /// <summary>True when written with 下降 and its magnitude.</summary>
    public bool AsDecline => PreferDecline && Value < 0m;

    /// <summary>The value as the facts file writes it (the magnitude for a decline).</summary>
    public string Written => (AsDecline ? -Value : Value).ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The same figure written with another value (an injected error).</summary>
    public Figure Rewritten(decimal value) => this with { Value = value == 0m ? 0m : value };

    public override string ToString() =>
        $"{Id} = {(AsDecline ? "下降 " : "")}{Written} {Unit} (true {True.ToString(CultureInfo.InvariantCulture)})";
}
