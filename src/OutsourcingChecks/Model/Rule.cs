namespace OutsourcingChecks.Model;

/// <summary>One field of a rule as written: a single text or a list, each item with its location.</summary>
public sealed record RuleField(IReadOnlyList<RuleText> Items, bool IsList)
{
    public RuleText Single => Items[0];

    public RuleField Map(Func<string, string> f) => new(Items.Select(i => i with { Text = f(i.Text) }).ToList(), IsList);
}

public sealed record RuleText(string Text, Location Location);

/// <summary>A template variable and the values it ranges over.</summary>
public sealed record Binding(string Name, IReadOnlyList<string> Values);

/// <summary>
/// A rule as written in a rules file: its id, kind and fields, and for a template the variables
/// it is quantified over. Templates expand into concrete rules; concrete rules compile into checks.
/// </summary>
public sealed record Rule(
    string Id,
    string Kind,
    IReadOnlyDictionary<string, RuleField> Fields,
    IReadOnlyList<Binding> ForEach,
    string? Note,
    Location Location)
{
    public bool IsTemplate => ForEach.Count > 0;
}
