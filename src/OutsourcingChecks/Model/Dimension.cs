namespace OutsourcingChecks.Model;

/// <summary>
/// A physical dimension as base names with exponents (USD, USD/person, dimensionless).
/// Only quantities of the same dimension may be added or compared.
/// </summary>
public sealed record Dimension
{
    private readonly SortedDictionary<string, int> _exponents;
    private readonly string _text; // the canonical form, computed once: equality and hashing compare it

    private Dimension(SortedDictionary<string, int> exponents)
    {
        _exponents = exponents;
        _text = exponents.Count == 0 ? "1" : string.Join("·", exponents.Select(kv => kv.Value == 1 ? kv.Key : $"{kv.Key}^{kv.Value}"));
    }

    public static readonly Dimension None = new(new SortedDictionary<string, int>(StringComparer.Ordinal));

    public static Dimension Of(string baseName) =>
        new(new SortedDictionary<string, int>(StringComparer.Ordinal) { [baseName] = 1 });

    public bool IsNone => _exponents.Count == 0;

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
