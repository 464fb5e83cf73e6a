using FsCheck;
using FsCheck.Fluent;

namespace OutsourcingChecks.Synthetic;

/// <summary>
/// Generators of cases: true values drawn at random satisfy each identity exactly (in decimal;
/// CAGR's power to 28 significant digits), then every figure is rounded to 0-3 decimals as a
/// report would write it. Amounts are written in 亿美元 or 万美元 at random, so unit conversion is
/// exercised too (a quotient's in 亿元 or 万元 over 万人 or 人, per 元/人 or 万元/人); a negative
/// growth or change is written as a decline half of the time.
/// </summary>
public static class IdentityCases
{
    private static readonly Gen<int> Decimals = Gen.Choose(0, 3);

    /// <summary>Cases whose figures are all written from exact true values.</summary>
    public static Gen<IdentityCase> Of(Identity identity) => identity switch
    {
        Identity.Sum => Sum,
        Identity.Share => Share,
        Identity.Growth => Growth,
        Identity.Points => Points,
        Identity.Multiple => Multiple(ratio: false),
        Identity.Ratio => Multiple(ratio: true),
        Identity.Cagr => Cagr,
        Identity.Quotient => Quotient,
        _ => throw new ArgumentOutOfRangeException(nameof(identity)),
    };

    /// <summary>Cases whose stated figure carries an error beyond what rounding can explain.</summary>
    public static Gen<IdentityCase> WithError(Identity identity) =>
        from c in Of(identity)
        from up in Gen.Elements(true, false)
        from extra in Gen.Choose(0, 20)
        select Slack.InjectError(c, up, extra);

    public static IReadOnlyList<Identity> All { get; } = Enum.GetValues<Identity>();

    /// <summary>An amount in 亿美元 of at least <paramref name="floor"/>, with up to 9 decimals of true value.</summary>
    private static Gen<decimal> Amount(int floor) =>
        from digits in Gen.Choose(1, 6)
        from whole in Gen.Choose(floor, Math.Max(floor, Pow10(digits)))
        from fraction in Gen.Choose(0, 999_999_999)
        select whole + fraction / 1_000_000_000m;

    /// <summary>A ratio between lo and hi millionths, exact.</summary>
    private static Gen<decimal> Millionths(int lo, int hi) => Gen.Choose(lo, hi).Select(n => n / 1_000_000m);

    private static Gen<Figure> AmountFigure(string id, decimal yi) =>
        from unit in Gen.Elements("亿美元", "万美元")
        from d in Decimals
        select Figure.Write(id, unit, unit == "万美元" ? yi * 10_000m : yi, d);

    private static Gen<Figure> RatioFigure(string id, string unit, decimal value) =>
        from d in Decimals
        from decline in Gen.Elements(false, true)
        select Figure.Write(id, unit, value, d, decline);

    private static Gen<IdentityCase> Sum =>
        from n in Gen.Choose(2, 6)
        from parts in Gen.ArrayOf(Amount(1), n)
        from written in Gen.CollectToArray(parts.Select((p, i) => AmountFigure($"part{i + 1}", p)))
        from total in AmountFigure("total", parts.Sum())
        select new IdentityCase(Identity.Sum, [total, .. written], "total", 0);

    private static Gen<IdentityCase> Share =>
        from whole in Amount(1)
        from share in Millionths(1, 1_000_000)
        from w in AmountFigure("whole", whole)
        from p in AmountFigure("part", whole * share)
        from s in RatioFigure("share", "%", share * 100m)
        select new IdentityCase(Identity.Share, [p, w, s], "share", 0);

    private static Gen<IdentityCase> Growth =>
        from previous in Amount(1)
        from growth in Millionths(-950_000, 3_000_000)
        from p in AmountFigure("previous", previous)
        from c in AmountFigure("current", previous * (1m + growth))
        from g in RatioFigure("growth", "%", growth * 100m)
        select new IdentityCase(Identity.Growth, [c, p, g], "growth", 0);

    private static Gen<IdentityCase> Points =>
        from now in Millionths(0, 100_000_000)
        from before in Millionths(0, 100_000_000)
        from n in RatioFigure("now", "%", now)
        from b in RatioFigure("before", "%", before)
        from p in RatioFigure("points", "个百分点", now - before)
        select new IdentityCase(Identity.Points, [n, b, p], "points", 0);

    private static Gen<IdentityCase> Multiple(bool ratio) =>
        from previous in Amount(1)
        from multiple in ratio ? Millionths(1_000_000, 20_000_000) : Millionths(500_000, 20_000_000)
        from p in AmountFigure("previous", previous)
        from c in AmountFigure("current", previous * (ratio ? multiple : 1m + multiple))
        from m in RatioFigure("multiple", "倍", multiple)
        select new IdentityCase(ratio ? Identity.Ratio : Identity.Multiple, [c, p, m], "multiple", 0);

    private static Gen<IdentityCase> Cagr =>
        from start in Amount(10)
        from rate in Millionths(-200_000, 500_000)
        from years in Gen.Choose(1, 10)
        from s in AmountFigure("start", start)
        from e in AmountFigure("end", start * Power(1m + rate, years))
        from r in RatioFigure("rate", "%", rate * 100m)
        select new IdentityCase(Identity.Cagr, [s, e, r], "rate", years);

    // Persons and the amount per person are drawn, so the amount (their product) is exact; each of
    // the three is written in one of two scales, so the units divide and convert as the engine must.
    private static Gen<IdentityCase> Quotient =>
        from persons in Amount(1)
        from perPerson in Amount(1)
        from dUnit in Gen.Elements("万人", "人")
        from dDecimals in Decimals
        from nUnit in Gen.Elements("亿元", "万元")
        from nDecimals in Decimals
        from qUnit in Gen.Elements("元/人", "万元/人")
        from qDecimals in Decimals
        let amountYi = persons * perPerson / 10_000m
        select new IdentityCase(Identity.Quotient, [
            Figure.Write("numerator", nUnit, nUnit == "亿元" ? amountYi : amountYi * 10_000m, nDecimals),
            Figure.Write("denominator", dUnit, dUnit == "万人" ? persons : persons * 10_000m, dDecimals),
            Figure.Write("quotient", qUnit, qUnit == "元/人" ? perPerson : perPerson / 10_000m, qDecimals),
        ], "quotient", 0);

    internal static decimal Power(decimal x, int n)
    {
        var r = 1m;
        for (var i = 0; i < n; i++) r *= x;
        return r;
    }

    private static int Pow10(int n)
    {
        var r = 1;
        for (var i = 0; i < n; i++) r *= 10;
        return r;
    }
}
