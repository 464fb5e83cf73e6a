namespace OutsourcingChecks.Synthetic.Joint;

/// <summary>A figure whose true value is drawn at random: a free quantity of the family.</summary>
public sealed record Atom(string Id, string Unit, int Decimals, Func<Random, Func<string, decimal>, decimal> Draw);

/// <summary>A figure whose true value follows from the atoms: what the report states of them.</summary>
public sealed record Dependent(string Id, string Unit, int Decimals, Func<Func<string, RationalInterval>, RationalInterval> Value);

/// <summary>A rule as the engine reads it: id, kind, and fields (one text, or a list of texts).</summary>
public sealed record RuleSpec(string Id, string Kind, params (string Field, string[] Items)[] Fields);

/// <summary>
/// A small report whose statements share figures, as a generative model: true values drawn for the
/// atoms, every other figure computed from them exactly, every figure written rounded. The
/// oracle (<see cref="JointOracle"/>) decides from the model, in exact rationals, whether true
/// values exist behind the written figures; the engine decides from the rules.
/// </summary>
public sealed record JointFamily(
    string Name,
    IReadOnlyList<Atom> Atoms,
    IReadOnlyList<Dependent> Dependents,
    IReadOnlyList<RuleSpec> Rules,
    IReadOnlyList<(string Id, string Expression)> Derived)
{
    private static readonly Rational Hundred = new(100, 1);

    private static RationalInterval Pct(RationalInterval ratio) => ratio * Hundred;

    /// <summary>1 + g for a growth g written in %.</summary>
    private static RationalInterval Factor(RationalInterval percent) => Rational.One + percent / Hundred;

    private static decimal Uniform(Random r, decimal lo, decimal hi) => lo + (hi - lo) * (decimal)r.Next(0, 1_000_001) / 1_000_000m;

    private static Atom Amount(string id, decimal lo = 50m, decimal hi = 2000m) => new(id, "亿美元", 1, (r, _) => Uniform(r, lo, hi));

    private static Atom Rate(string id, decimal lo = -10m, decimal hi = 60m) => new(id, "%", 1, (r, _) => Uniform(r, lo, hi));

    private static (string, string[]) F(string field, params string[] items) => (field, items);

    /// <summary>
    /// A part's share and its change from last year, with the part's and the total's growth
    /// (issue 13's first case): the share's change depends on the part and the total twice.
    /// </summary>
    public static readonly JointFamily ShareAndItsChange = new("share and its change",
        [Amount("t", 200m, 3000m), new Atom("p", "亿美元", 1, (r, a) => Uniform(r, 0.1m, 0.8m) * a("t")), Rate("gt"), Rate("gp")],
        [
            new Dependent("s", "%", 1, v => Pct(v("p") / v("t"))),
            new Dependent("d", "个百分点", 1, v => Pct(v("p") / v("t") - v("p") / Factor(v("gp")) / (v("t") / Factor(v("gt"))))),
        ],
        [
            new RuleSpec("share", "share", F("part", "p"), F("whole", "t"), F("share", "s")),
            new RuleSpec("change", "points", F("now", "s"), F("before", "p0 / t0"), F("points", "d")),
        ],
        [("p0", "prev(p, gp)"), ("t0", "prev(t, gt)")]);

    /// <summary>Two parts make a total, and the total is a share of another whole (issue 13's second case).</summary>
    public static readonly JointFamily SumWhoseTotalIsAShare = new("sum whose total enters a share",
        [Amount("a", 10m, 500m), Amount("b", 10m, 500m), new Atom("w", "亿美元", 1, (r, a) => (a("a") + a("b")) * Uniform(r, 1.05m, 3m))],
        [
            new Dependent("total", "亿美元", 1, v => v("a") + v("b")),
            new Dependent("s", "%", 1, v => Pct((v("a") + v("b")) / v("w"))),
        ],
        [
            new RuleSpec("sum", "sum", F("parts", "a", "b"), F("total", "total")),
            new RuleSpec("share", "share", F("part", "total"), F("whole", "w"), F("share", "s")),
        ],
        []);

    /// <summary>Three parts, their total, and each part's share of it: a structure whose amounts are given.</summary>
    public static readonly JointFamily SharesOfAStructure = new("shares within a structure whose amounts are given",
        [Amount("p1", 10m, 900m), Amount("p2", 10m, 900m), Amount("p3", 10m, 900m)],
        [
            new Dependent("total", "亿美元", 1, v => v("p1") + v("p2") + v("p3")),
            new Dependent("s1", "%", 1, v => Pct(v("p1") / (v("p1") + v("p2") + v("p3")))),
            new Dependent("s2", "%", 1, v => Pct(v("p2") / (v("p1") + v("p2") + v("p3")))),
            new Dependent("s3", "%", 1, v => Pct(v("p3") / (v("p1") + v("p2") + v("p3")))),
        ],
        [
            new RuleSpec("sum", "sum", F("parts", "p1", "p2", "p3"), F("total", "total")),
            new RuleSpec("share1", "share", F("part", "p1"), F("whole", "total"), F("share", "s1")),
            new RuleSpec("share2", "share", F("part", "p2"), F("whole", "total"), F("share", "s2")),
            new RuleSpec("share3", "share", F("part", "p3"), F("whole", "total"), F("share", "s3")),
        ],
        []);

    /// <summary>A total and its parts this year, and last year's values derived from each one's growth: the growth of a total against the growth of its parts.</summary>
    public static readonly JointFamily GrowthOfATotal = new("growth of a total against growth of its parts",
        [Amount("a", 20m, 900m), Amount("b", 20m, 900m), Rate("ga"), Rate("gb")],
        [
            new Dependent("total", "亿美元", 1, v => v("a") + v("b")),
            new Dependent("gt", "%", 1, v => Pct((v("a") + v("b")) / (v("a") / Factor(v("ga")) + v("b") / Factor(v("gb"))) - Rational.One)),
        ],
        [
            new RuleSpec("sum.2021", "sum", F("parts", "a", "b"), F("total", "total")),
            new RuleSpec("sum.2020", "sum", F("parts", "a0", "b0"), F("total", "total0")),
        ],
        [("a0", "prev(a, ga)"), ("b0", "prev(b, gb)"), ("total0", "prev(total, gt)")]);

    /// <summary>A total stated twice (once where its parts add up, once where it is a share's part).</summary>
    public static readonly JointFamily StatedTwice = new("a quantity stated twice and used in two checks",
        [Amount("a", 10m, 500m), Amount("b", 10m, 500m), new Atom("w", "亿美元", 1, (r, a) => (a("a") + a("b")) * Uniform(r, 1.05m, 3m))],
        [
            new Dependent("total", "亿美元", 1, v => v("a") + v("b")),
            new Dependent("total.again", "亿美元", 1, v => v("a") + v("b")),
            new Dependent("s", "%", 1, v => Pct((v("a") + v("b")) / v("w"))),
        ],
        [
            new RuleSpec("sum", "sum", F("parts", "a", "b"), F("total", "total")),
            new RuleSpec("share", "share", F("part", "total.again"), F("whole", "w"), F("share", "s")),
            new RuleSpec("same.total", "same", F("facts", "total", "total.again")),
        ],
        []);

    public static IReadOnlyList<JointFamily> All { get; } = [ShareAndItsChange, SumWhoseTotalIsAShare, SharesOfAStructure, GrowthOfATotal, StatedTwice];

    public override string ToString() => Name;
}
