using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Model;

/// <summary>One figure as the report states it, with what it measures and where it stands.</summary>
public sealed record Fact(
    string Id,
    StatedValue Value,
    Unit Unit,
    string? Period,
    string? Measure,
    IReadOnlyDictionary<string, string> Dims,
    IReadOnlyList<Qualifier> Qualifiers,
    int SourceLine,
    string Quote,
    Location Location,
    string? Note)
{
    public bool IsDecline => Qualifiers.Contains(Qualifier.Decline);

    /// <summary>True when the figure is exact up to rounding (no 约, 超过, 近 …; a decline is exact).</summary>
    public bool IsPlain => Qualifiers.All(q => q == Qualifier.Decline);

    /// <summary>The figure with its sign, in its own unit (下降 26.7 % is -26.7).</summary>
    public decimal SignedNumber => IsDecline ? -Value.Number : Value.Number;

    /// <summary>The value as written with the sign a decline gives it.</summary>
    public string SignedWritten => IsDecline ? "-" + Value.Written : Value.Written;

    /// <summary>The true values the figure can stand for, in its own unit.</summary>
    public Interval Stands => FigureInterval.Of(SignedNumber, Value.HalfUnit, Qualifiers);

    /// <summary>The true values in the canonical unit of its dimension (ratios for %, USD for 亿美元).</summary>
    public Interval Canonical => FigureInterval.Scale(Stands, Unit.Scale);

    /// <summary>What identifies the quantity: facts with equal keys state the same quantity.</summary>
    public string? QuantityKey => QuantityKeys.Of(Measure, Dims, Period);
}

/// <summary>Builds the key under which two statements are "the same quantity".</summary>
public static class QuantityKeys
{
    public static string? Of(string? measure, IReadOnlyDictionary<string, string> dims, string? period)
    {
        if (string.IsNullOrWhiteSpace(measure) || string.IsNullOrWhiteSpace(period)) return null;
        var d = string.Join(",", dims.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        return $"{measure}|{d}|{period}";
    }
}
