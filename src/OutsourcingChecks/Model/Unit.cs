namespace OutsourcingChecks.Model;

/// <summary>A unit as the report writes it, with its dimension and the factor to the dimension's base.</summary>
public sealed record Unit(string Symbol, Dimension Dimension, decimal Scale)
{
    /// <summary>Units shown to a reader as a percentage (their canonical value is a ratio).</summary>
    public bool IsPercentLike => Symbol is "%" or "个百分点";

    public override string ToString() => Symbol;
}

/// <summary>The units a Chinese statistical report uses. Not specific to any one report.</summary>
public static class Units
{
    private static readonly Dimension Usd = Dimension.Of("USD");
    private static readonly Dimension Cny = Dimension.Of("CNY");
    private static readonly Dimension Count = Dimension.Of("count");
    private static readonly Dimension Person = Dimension.Of("person");
    private static readonly Dimension Year = Dimension.Of("year");

    private static readonly Dictionary<string, Unit> Table = new Unit[]
    {
        new("美元", Usd, 1m), new("万美元", Usd, 1e4m), new("亿美元", Usd, 1e8m), new("万亿美元", Usd, 1e12m),
        new("元", Cny, 1m), new("万元", Cny, 1e4m), new("亿元", Cny, 1e8m), new("万亿元", Cny, 1e12m),
        new("人民币", Cny, 1m), new("亿人民币", Cny, 1e8m), new("万亿人民币", Cny, 1e12m),
        new("%", Dimension.None, 0.01m), new("个百分点", Dimension.None, 0.01m),
        new("倍", Dimension.None, 1m), new("成", Dimension.None, 0.1m),
        new("家", Count, 1m), new("万家", Count, 1e4m), new("个", Count, 1m), new("万个", Count, 1e4m),
        new("项", Count, 1m), new("件", Count, 1m), new("所", Count, 1m), new("支", Count, 1m),
        new("条", Count, 1m), new("座", Count, 1m), new("省", Count, 1m), new("省份", Count, 1m), new("起", Count, 1m), new("国", Count, 1m), new("部门", Count, 1m), new("种", Count, 1m), new("位", Count, 1m),
        new("欧元", Dimension.Of("EUR"), 1m), new("万欧元", Dimension.Of("EUR"), 1e4m), new("亿欧元", Dimension.Of("EUR"), 1e8m),
        new("人", Person, 1m), new("万人", Person, 1e4m),
        new("年", Year, 1m),
    }.ToDictionary(u => u.Symbol, StringComparer.Ordinal);

    public static Unit? Find(string symbol) => Table.GetValueOrDefault(symbol.Trim());

    public static IEnumerable<string> Symbols => Table.Keys;
}
