using System.Text.RegularExpressions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Templates;

/// <summary>
/// Expands a template rule (one with 'for') into one concrete rule per combination of its
/// variables' values; '{name}' is replaced everywhere, the id included, so each id is stable.
/// </summary>
public static partial class TemplateExpander
{
    /// <summary>A template may not expand into more rules than this (a guard against typos like a huge product).</summary>
    public const int MaxExpansions = 100_000;

    public static IEnumerable<Rule> Expand(Rule rule, DiagnosticBag bag)
    {
        if (!rule.IsTemplate)
        {
            if (Placeholder().Match(rule.Id) is { Success: true } m)
                bag.Add(Descriptors.BadTemplate, rule.Location, rule.Id, $"'{m.Value}' is used but the rule has no 'for'");
            return [rule];
        }
        var missing = rule.ForEach.Where(b => !rule.Id.Contains("{" + b.Name + "}", StringComparison.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            bag.Add(Descriptors.BadTemplate, rule.Location, rule.Id,
                $"the id must contain every variable so each check gets its own id; missing {string.Join(", ", missing.Select(b => "{" + b.Name + "}"))}");
            return [];
        }
        long count = rule.ForEach.Aggregate(1L, (n, b) => n * b.Values.Count);
        if (count > MaxExpansions)
        {
            bag.Add(Descriptors.BadTemplate, rule.Location, rule.Id, $"expands into {count} rules; at most {MaxExpansions} are allowed");
            return [];
        }
        var result = new List<Rule>();
        foreach (var combination in Combinations(rule.ForEach))
        {
            string Fill(string s)
            {
                foreach (var (name, value) in combination) s = s.Replace("{" + name + "}", value, StringComparison.Ordinal);
                return s;
            }
            var id = Fill(rule.Id);
            var fields = rule.Fields.ToDictionary(kv => kv.Key, kv => kv.Value.Map(Fill), StringComparer.Ordinal);
            var leftover = fields.Values.SelectMany(f => f.Items).FirstOrDefault(i => Placeholder().IsMatch(i.Text));
            if (leftover is not null)
            {
                bag.Add(Descriptors.BadTemplate, leftover.Location, rule.Id, $"'{Placeholder().Match(leftover.Text).Value}' is not one of the variables in 'for'");
                return [];
            }
            result.Add(rule with { Id = id, Fields = fields, ForEach = [], Note = rule.Note is null ? null : Fill(rule.Note) });
        }
        return result;
    }

    private static IEnumerable<IReadOnlyList<(string Name, string Value)>> Combinations(IReadOnlyList<Binding> bindings)
    {
        IEnumerable<IReadOnlyList<(string, string)>> acc = [[]];
        foreach (var b in bindings)
            acc = acc.SelectMany(prefix => b.Values.Select(v => (IReadOnlyList<(string, string)>)prefix.Append((b.Name, v)).ToList()));
        return acc;
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();
}
