namespace OutsourcingChecks.Model;

/// <summary>
/// A physical dimension as base names with exponents (USD, CNY/person-times, dimensionless).
/// Only quantities of the same dimension may be added or compared. A base named by three capital
/// letters is a currency (USD, CNY, EUR, or one a report declares): no unit converts between two.
/// </summary>
public sealed record Dimension
{
    private readonly SortedDictionary<string, int> _exponents;
    private readonly string _text; // the canonical form, computed once: equality and hashing compare it

    private Dimension(SortedDictionary<string, int> exponents)
    {
        _exponents = exponents;
        _text = Text(exponents);
    }

    /// <summary>The canonical form: the bases with positive exponents, then "/" and those with negative ones (CNY/person-times, 1/person).</summary>
    private static string Text(SortedDictionary<string, int> exponents)
    {
        if (exponents.Count == 0) return "1";
        static string Part(IEnumerable<KeyValuePair<string, int>> bases) =>
            string.Join("·", bases.Select(kv => Math.Abs(kv.Value) == 1 ? kv.Key : $"{kv.Key}^{Math.Abs(kv.Value)}"));
        var above = Part(exponents.Where(kv => kv.Value > 0));
        var below = Part(exponents.Where(kv => kv.Value < 0));
        return below.Length == 0 ? above : $"{(above.Length == 0 ? "1" : above)}/{below}";
    }

    public static readonly Dimension None = new(new SortedDictionary<string, int>(StringComparer.Ordinal));

    public static Dimension Of(string baseName) =>
        new(new SortedDictionary<string, int>(StringComparer.Ordinal) { [baseName] = 1 });

    public bool IsNone => _exponents.Count == 0;

    /// <summary>True for a bare currency (USD, CNY): one base of three capital letters, to the first power.</summary>
    public bool IsCurrency => _exponents.Count == 1 && _exponents.First() is { Value: 1 } only && IsCurrencyName(only.Key);

    /// <summary>True when some base is a currency (CNY/person is an amount of money per person).</summary>
    public bool HasCurrency => _exponents.Keys.Any(IsCurrencyName);

    /// <summary>True when some base has a negative exponent: the dimension is per something.</summary>
    public bool IsPerUnit => _exponents.Values.Any(e => e < 0);

    /// <summary>A currency is named by its three-letter code (ISO 4217 style).</summary>
    public static bool IsCurrencyName(string name) => name.Length == 3 && name.All(char.IsAsciiLetterUpper);

    public Dimension Times(Dimension other) => Combine(other, +1);

    public Dimension Over(Dimension other) => Combine(other, -1);

    public Dimension Power(int n)
    {
        var d = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (n != 0) foreach (var (k, v) in _exponents) d[k] = v * n;
        return new Dimension(d);
    }

    private Dimension Combine(Dimension other, int sign)
    {
        // The common cases without building a new map: a pure number on either side, a ratio of alikes.
        if (other.IsNone) return this;
        if (IsNone && sign > 0) return other;
        if (sign < 0 && Equals(other)) return None;
        var d = new SortedDictionary<string, int>(_exponents, StringComparer.Ordinal);
        foreach (var (k, v) in other._exponents)
        {
            var e = d.GetValueOrDefault(k) + sign * v;
            if (e == 0) d.Remove(k); else d[k] = e;
        }
        return new Dimension(d);
    }

    public bool Equals(Dimension? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    public override int GetHashCode() => _text.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => _text;
}
