using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;
using OutsourcingChecks.Templates;

namespace OutsourcingChecks.Evaluation;

/// <summary>Turns a report's rules into checks: expand templates, compile each kind, add same-quantity checks.</summary>
public static class CheckCompiler
{
    public const string SameQuantityRuleId = "same-quantity";

    public static IReadOnlyList<Check> Compile(Report report, DiagnosticBag bag)
    {
        var known = new HashSet<string>(report.Facts.Count + report.Derived.Count, StringComparer.Ordinal);
        foreach (var f in report.Facts) known.Add(f.Id);
        foreach (var d in report.Derived) known.Add(d.Id);
        var context = new CompileContext(known, bag);
        var checks = new List<Check>();
        foreach (var rule in TemplateExpander.WithinTotal(report.Rules, bag))
        {
            var kind = RuleKinds.Find(rule.Kind);
            if (kind is null)
            {
                bag.Add(Descriptors.UnknownKind, rule.Location, rule.Id, rule.Kind, string.Join(", ", RuleKinds.All.Select(k => k.Name)));
                continue;
            }
            if (!FieldsFit(rule, kind, bag)) continue;
            foreach (var concrete in TemplateExpander.Expand(rule, bag))
                foreach (var check in kind.Compile(concrete, context))
                    if (Shallow(check, concrete, bag)) checks.Add(check);
        }
        checks.AddRange(SameQuantityChecks(report));
        var seen = new Dictionary<string, Check>(checks.Count, StringComparer.Ordinal);
        foreach (var c in checks)
        {
            if (seen.TryGetValue(c.Id, out var first))
                bag.Add(Descriptors.DuplicateId, c.Location, c.Id, first.Location);
            else seen[c.Id] = c;
        }
        return checks;
    }

    /// <summary>
    /// True when the check's sides are within <see cref="ExprLimits.MaxDepth"/>, as every stage after
    /// this one may assume; a kind adds a level or three to what the parser allowed.
    /// </summary>
    private static bool Shallow(Check check, Rule rule, DiagnosticBag bag)
    {
        if (check is not RelationCheck r || Math.Max(r.Stated.Depth, r.Implied.Depth) <= ExprLimits.MaxDepth) return true;
        bag.Add(Descriptors.BadField, rule.Location, $"rule '{rule.Id}'",
            $"its check is deeper than {ExprLimits.MaxDepth} levels of expression (the parts the rule names, with the kind's own arithmetic around them); name a part as a derived quantity");
        return false;
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

    private readonly record struct Member(string Id, int Order, Location Location);

    /// <summary>
    /// Facts (and derived quantities) with the same measure, dims and period, checked pairwise; the
    /// quantities in the order they are first stated, each one's statements by line, then id.
    /// </summary>
    private static IEnumerable<Check> SameQuantityChecks(Report report)
    {
        // Most quantities are stated once: a list of statements is made only for one stated again.
        var first = new Dictionary<string, (int Index, Member Member)>(report.Facts.Count + report.Derived.Count, StringComparer.Ordinal);
        var again = new SortedDictionary<int, List<Member>>();
        void Add(string? key, Member m)
        {
            if (key is null) return;
            if (!first.TryGetValue(key, out var seen)) first[key] = (first.Count, m);
            else if (again.TryGetValue(seen.Index, out var list)) list.Add(m);
            else again[seen.Index] = [seen.Member, m];
        }
        foreach (var f in report.Facts) Add(f.QuantityKey, new Member(f.Id, f.SourceLine, f.Location));
        foreach (var d in report.Derived) Add(d.QuantityKey, new Member(d.Id, int.MaxValue, d.Location));
        foreach (var list in again.Values)
        {
            var sorted = list.OrderBy(m => m.Order).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
            for (var i = 0; i < sorted.Count; i++)
                for (var j = i + 1; j < sorted.Count; j++)
                    yield return new SameQuantityCheck($"same.{sorted[i].Id}.vs.{sorted[j].Id}", SameQuantityRuleId, "same",
                        sorted[j].Location, null, sorted[i].Id, sorted[j].Id);
        }
    }
}
