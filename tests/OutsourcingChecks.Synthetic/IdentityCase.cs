namespace OutsourcingChecks.Synthetic;

/// <summary>The identities a report states, each checked by one rule kind.</summary>
public enum Identity
{
    /// <summary>Parts add up to a total (kind sum).</summary>
    Sum,
    /// <summary>A part over its whole, in % (kind share).</summary>
    Share,
    /// <summary>Current over previous minus one, in % (kind growth).</summary>
    Growth,
    /// <summary>The difference of two percentages, in 个百分点 (kind points).</summary>
    Points,
    /// <summary>增长 N 倍: current over previous minus one (kind multiple).</summary>
    Multiple,
    /// <summary>是 N 倍: current over previous (kind multiple, mode ratio).</summary>
    Ratio,
    /// <summary>Average annual growth over whole years, in % (kind cagr).</summary>
    Cagr,
    /// <summary>An amount per person, in 元/人 or 万元/人: an amount in 亿元 or 万元 over persons in 万人 or 人 (kind quotient).</summary>
    Quotient,
}

/// <summary>
/// A generated case: figures written from true values that satisfy one identity exactly, the
/// figure the identity states (the total, the share, the growth …), and for CAGR the years.
/// <see cref="Injection"/> describes an error put into the stated figure, if any.
/// </summary>
public sealed record IdentityCase(Identity Identity, IReadOnlyList<Figure> Figures, string StatedId, int Years, string? Injection = null)
{
    /// <summary>The id of the rule (and so of the finding) that checks the identity.</summary>
    public const string RuleId = "identity";

    public Figure this[string id] => Figures.Single(f => f.Id == id);

    public Figure Stated => this[StatedId];

    public IEnumerable<Figure> Others => Figures.Where(f => f.Id != StatedId);

    /// <summary>The case with the stated figure written as another value.</summary>
    public IdentityCase WithStated(decimal value) => this with
    {
        Figures = Figures.Select(f => f.Id == StatedId ? f.Rewritten(value) : f).ToList(),
        Injection = $"{StatedId} written {Stated.Value} -> {value}",
    };

    public override string ToString() =>
        $"{Identity}{(Identity == Identity.Cagr ? $" over {Years} years" : "")}: {string.Join("; ", Figures)}"
        + (Injection is null ? "" : $" [error: {Injection}]");
}
