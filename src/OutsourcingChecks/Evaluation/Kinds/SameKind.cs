using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation.Kinds;

/// <summary>Figures that state one quantity (where the encoding names them differently).</summary>
public sealed class SameKind : RuleKind
{
    public override string Name => "same";
    public override string Description => "The figures state the same quantity: one true value must be writable as each of them.";
    public override IReadOnlyList<string> Required { get; } = ["facts"];

    public override IEnumerable<Check> Compile(Rule rule, CompileContext context)
    {
        var items = context.Expressions(rule, "facts");
        if (items is null) yield break;
        var ids = items.Select(e => e as Expressions.Ref).ToList();
        if (ids.Any(i => i is null) || ids.Count < 2)
        {
            context.Bag.Add(Descriptors.BadField, context.LocationOf(rule, "facts"), $"rule '{rule.Id}'", "'facts' lists two or more ids");
            yield break;
        }
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
            {
                var id = ids.Count == 2 ? rule.Id : $"{rule.Id}.{ids[i]!.Id}.vs.{ids[j]!.Id}";
                yield return new SameQuantityCheck(id, rule.Id, Name, rule.Location, rule.Note, ids[i]!.Id, ids[j]!.Id);
            }
    }
}
