using OutsourcingChecks.Evaluation.Kinds;

namespace OutsourcingChecks.Evaluation;

/// <summary>The registry of rule kinds, by name.</summary>
public static class RuleKinds
{
    public static readonly IReadOnlyList<RuleKind> All =
    [
        new SumKind(), new ShareKind(), new GrowthKind(), new PointsKind(), new MultipleKind(),
        new CagrKind(), new BoundKind(), new SameKind(), new ExpressionKind(), new QuotientKind(),
    ];

    private static readonly Dictionary<string, RuleKind> ByName = All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    public static RuleKind? Find(string name) => ByName.GetValueOrDefault(name);
}
