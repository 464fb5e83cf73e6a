using System.Globalization;

namespace OutsourcingChecks.Model;

/// <summary>A unit as the report writes it, with its dimension and the factor to the dimension's base.</summary>
public sealed record Unit(string Symbol, Dimension Dimension, decimal Scale)
{
    /// <summary>Units shown to a reader as a percentage (their canonical value is a ratio).</summary>
    public bool IsPercentLike => Symbol is "%" or "个百分点";

    /// <summary>What the unit is, for messages: "10000 person-times", "1 CNY/person".</summary>
    public string Definition => $"{Scale.ToString("0.############################", CultureInfo.InvariantCulture)} {Dimension}";

    public override string ToString() => Symbol;
}

/// <summary>The built-in units (<see cref="UnitRegistry.BuiltIn"/>), for code that reads no report's declarations.</summary>
public static class Units
{
    public static Unit? Find(string symbol) => UnitRegistry.BuiltIn.Find(symbol);

    /// <summary>The symbols of the built-in table (亿美元, %, 家 …), without the scaled and per-unit forms.</summary>
    public static IEnumerable<string> Symbols => UnitRegistry.BuiltIn.Symbols;
}
