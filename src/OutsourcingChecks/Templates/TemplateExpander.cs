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

    /// <summary>All the templates of a report together may not expand into more rules than this.</summary>
    public const int MaxTotalExpansions = 200_000;

    /// <summary>
    /// How many rules a template expands into, counted without overflow (the count stops growing
    /// once past <paramref name="cap"/>): 64 variables of two values each are 2^64, not 0.
    /// </summary>
    public static long Count(Rule rule, long cap = MaxTotalExpansions)
    {
        long count = 1;
        foreach (var b in rule.ForEach)
        {
            count *= b.Values.Count;
            if (count > cap) return cap + 1;
        }
        return count;
    }

    /// <summary>
    /// Refuses, before anything is expanded, the templates that would take the report past
    /// <see cref="MaxTotalExpansions"/>: each one whose expansions, added to those of the templates
    /// before it, exceed it. Returns the rules that may be expanded.
    /// </summary>
    public static IReadOnlyList<Rule> WithinTotal(IReadOnlyList<Rule> rules, DiagnosticBag bag)
    {
        long total = 0;
        var kept = new List<Rule>(rules.Count);
        foreach (var rule in rules)
        {
            var count = Count(rule);
            if (!rule.IsTemplate || count > MaxExpansions) { kept.Add(rule); continue; } // Expand refuses a template too large alone
            if (total + count > MaxTotalExpansions)
            {
                bag.Add(Descriptors.BadTemplate, rule.Location, rule.Id,
                    $"expands into {count} rules, which takes the report's templates past {MaxTotalExpansions} rules in all ({total} before it)");
                continue;
            }
            total += count;
            kept.Add(rule);
        }
        return kept;
    }

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
        var count = Count(rule);
        if (count > MaxExpansions)
        {
            bag.Add(Descriptors.BadTemplate, rule.Location, rule.Id,
                $"expands into {(count > MaxTotalExpansions ? $"more than {MaxTotalExpansions}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture))} rules; at most {MaxExpansions} are allowed");
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
