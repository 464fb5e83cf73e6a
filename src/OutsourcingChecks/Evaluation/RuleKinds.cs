using OutsourcingChecks.Evaluation.Kinds;

namespace OutsourcingChecks.Evaluation;

/// <summary>The registry of rule kinds, by name.</summary>
public static class RuleKinds
{
    public static readonly IReadOnlyList<RuleKind> All =
    [
        new SumKind(), new ShareKind(), new GrowthKind(), new PointsKind(), new MultipleKind(),
        new CagrKind(), new BoundKind(), new SameKind(), new ExpressionKind(),
    ];

    public static RuleKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);
}
