using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;
using OutsourcingChecks.Templates;

namespace OutsourcingChecks.Evaluation;

/// <summary>Turns a report's rules into checks: expand templates, compile each kind, add same-quantity checks.</summary>
public static class CheckCompiler
{
    public const string SameQuantityRuleId = "same-quantity";

    public static IReadOnlyList<Check> Compile(Report report, DiagnosticBag bag)
    {
        var known = report.Facts.Select(f => f.Id).Concat(report.Derived.Select(d => d.Id)).ToHashSet(StringComparer.Ordinal);
        var context = new CompileContext(known, bag);
        var checks = new List<Check>();
        foreach (var rule in report.Rules)
        {
            var kind = RuleKinds.Find(rule.Kind);
            if (kind is null)
            {
                bag.Add(Descriptors.UnknownKind, rule.Location, rule.Id, rule.Kind, string.Join(", ", RuleKinds.All.Select(k => k.Name)));
                continue;
            }
            if (!FieldsFit(rule, kind, bag)) continue;
            foreach (var concrete in TemplateExpander.Expand(rule, bag))
                checks.AddRange(kind.Compile(concrete, context));
        }
        checks.AddRange(SameQuantityChecks(report));
        var seen = new Dictionary<string, Check>(StringComparer.Ordinal);
        foreach (var c in checks)
        {
            if (seen.TryGetValue(c.Id, out var first))
                bag.Add(Descriptors.DuplicateId, c.Location, c.Id, first.Location);
            else seen[c.Id] = c;
        }
        return checks;
    }

    private static bool FieldsFit(Rule rule, RuleKind kind, DiagnosticBag bag)
    {
        var ok = true;
        foreach (var missing in kind.Required.Where(f => !rule.Fields.ContainsKey(f)))
        {
            bag.Add(Descriptors.MissingField, rule.Location, $"{kind.Name} rule", rule.Id, missing);
            ok = false;
        }
        foreach (var (name, field) in rule.Fields)
        {
            if (kind.Required.Contains(name) || kind.Optional.Contains(name)) continue;
            bag.Add(Descriptors.UnknownField, field.Items.FirstOrDefault()?.Location ?? rule.Location, name, $"a {kind.Name} rule",
                string.Join(", ", RuleReaderFields(kind)));
            ok = false;
        }
        return ok;
    }

    private static IEnumerable<string> RuleReaderFields(RuleKind kind) =>
        Loading.RuleReader.CommonFields.Concat(kind.Required).Concat(kind.Optional);

    /// <summary>Facts (and derived quantities) with the same measure, dims and period, checked pairwise.</summary>
    private static IEnumerable<Check> SameQuantityChecks(Report report)
    {
        var members = report.Facts.Select(f => (Key: f.QuantityKey, f.Id, Order: f.SourceLine, f.Location))
            .Concat(report.Derived.Select(d => (Key: d.QuantityKey, d.Id, Order: int.MaxValue, d.Location)))
            .Where(m => m.Key is not null);
        foreach (var group in members.GroupBy(m => m.Key!, StringComparer.Ordinal))
        {
            var list = group.OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    yield return new SameQuantityCheck($"same.{list[i].Id}.vs.{list[j].Id}", SameQuantityRuleId, "same",
                        list[j].Location, null, list[i].Id, list[j].Id);
        }
    }
}
