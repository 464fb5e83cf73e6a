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
    /// <summary>"measure|key=value,key=value|period" with the dims in ordinal key order; null without a measure or period.</summary>
    public static string? Of(string? measure, IReadOnlyDictionary<string, string> dims, string? period)
    {
        if (string.IsNullOrWhiteSpace(measure) || string.IsNullOrWhiteSpace(period)) return null;
        // Built without LINQ, lookups or a string builder: it runs once per fact when facts are
        // grouped by quantity.
        var pairs = new KeyValuePair<string, string>[dims.Count];
        var n = 0;
        var length = measure.Length + period.Length + 2 * dims.Count + 1;
        foreach (var pair in dims)
        {
            pairs[n++] = pair;
            length += pair.Key.Length + pair.Value.Length;
        }
        if (pairs.Length > 1) Array.Sort(pairs, static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        var key = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(length, 0);
        key.AppendLiteral(measure);
        key.AppendLiteral("|");
        for (var i = 0; i < pairs.Length; i++)
        {
            if (i > 0) key.AppendLiteral(",");
            key.AppendLiteral(pairs[i].Key);
            key.AppendLiteral("=");
            key.AppendLiteral(pairs[i].Value);
        }
        key.AppendLiteral("|");
        key.AppendLiteral(period);
        return key.ToStringAndClear();
    }
}
