using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>A YAML mapping read as an entry with named fields, each with its location.</summary>
public sealed class Entry
{
    // The mapping's own pairs, searched in order: an entry has a dozen fields at most, and keys are
    // unique (the parser refuses a duplicate), so a scan finds what a dictionary would, without one per entry.
    private readonly IReadOnlyList<KeyValuePair<Node, Node>> _pairs;
    private readonly string _file;
    private readonly DiagnosticBag _bag;

    public Location Location { get; }
    public string What { get; }

    private Entry(string file, MapNode node, string what, DiagnosticBag bag)
    {
        _file = file;
        _bag = bag;
        What = what;
        Location = node.In(file);
        _pairs = node.Pairs;
    }

    /// <summary>Reads a mapping as an entry, reporting fields outside the allowed set.</summary>
    public static Entry? Read(string file, Node node, string what, IReadOnlyCollection<string> allowed, DiagnosticBag bag)
    {
        if (node is not MapNode map)
        {
            bag.Add(Descriptors.UnexpectedShape, node.In(file), $"a mapping ({what})", Nodes.Describe(node));
            return null;
        }
        var entry = new Entry(file, map, what, bag);
        foreach (var (k, _) in map.Pairs)
        {
            var key = (k as ScalarNode)?.Text ?? "";
            if (!allowed.Contains(key))
                bag.Add(Descriptors.UnknownField, k.In(file), key, what, string.Join(", ", allowed));
        }
        return entry;
    }

    public bool Has(string field) => Node(field) is not null;

    public Location LocationOf(string field) => Node(field) is { } n ? n.In(_file) : Location;

    public Node? Node(string field)
    {
        foreach (var (key, value) in _pairs)
            if (key is ScalarNode s && s.Text == field) return value;
        return null;
    }

    private bool TryGetValue(string field, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Node? node) => (node = Node(field)) is not null;

    /// <summary>A scalar field's text; reports a missing required field.</summary>
    public string? Scalar(string field, bool required, string? label = null)
    {
        if (!TryGetValue(field, out var node))
        {
            if (required) _bag.Add(Descriptors.MissingField, Location, What, label ?? "(no id)", field);
            return null;
        }
        if (node is not ScalarNode s)
        {
            _bag.Add(Descriptors.UnexpectedShape, node.In(_file), $"a single value for '{field}'", Nodes.Describe(node));
            return null;
        }
        var text = s.Text;
        if (Nodes.ControlCharacter(text) is { } c)
        {
            _bag.Add(Descriptors.ControlCharacter, node.In(_file), $"the field '{field}'", (int)c);
            return null;
        }
        if (required && text.AsSpan().Trim().IsEmpty)
        {
            _bag.Add(Descriptors.MissingField, Location, What, label ?? "(no id)", field);
            return null;
        }
        return text;
    }

    /// <summary>A list of scalars (a single scalar counts as a list of one), with each item's location.</summary>
    public IReadOnlyList<(string Text, Location Location)>? List(string field, bool required, string? label = null)
    {
        if (!TryGetValue(field, out var node))
        {
            if (required) _bag.Add(Descriptors.MissingField, Location, What, label ?? "(no id)", field);
            return null;
        }
        if (node is ScalarNode one) return [(one.Text, one.In(_file))];
        if (node is not ListNode seq)
        {
            _bag.Add(Descriptors.UnexpectedShape, node.In(_file), $"a list for '{field}'", Nodes.Describe(node));
            return null;
        }
        var items = new List<(string, Location)>();
        foreach (var item in seq.Items)
        {
            if (item is ScalarNode s) items.Add((s.Text, s.In(_file)));
            else _bag.Add(Descriptors.UnexpectedShape, item.In(_file), "a single value in the list", Nodes.Describe(item));
        }
        return items;
    }

    /// <summary>A mapping of scalars to scalars (dims, figures).</summary>
    public IReadOnlyDictionary<string, string>? Map(string field)
    {
        if (!TryGetValue(field, out var node)) return null;
        if (node is not MapNode map)
        {
            _bag.Add(Descriptors.UnexpectedShape, node.In(_file), $"a mapping for '{field}'", Nodes.Describe(node));
            return null;
        }
        var result = new List<KeyValuePair<string, string>>(map.Pairs.Count);
        foreach (var (k, v) in map.Pairs)
        {
            if (k is ScalarNode ks && v is ScalarNode vs) result.Add(new(ks.Text, vs.Text));
            else _bag.Add(Descriptors.UnexpectedShape, v.In(_file), $"a single value in '{field}'", Nodes.Describe(v));
        }
        return SortedMap<string>.Of(result);
    }

    /// <summary>A mapping of names to lists of values (a template's 'for').</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Values)>? Bindings(string field)
    {
        if (!TryGetValue(field, out var node)) return null;
        if (node is not MapNode map)
        {
            _bag.Add(Descriptors.UnexpectedShape, node.In(_file), $"a mapping of names to lists for '{field}'", Nodes.Describe(node));
            return null;
        }
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var (k, v) in map.Pairs)
        {
            var name = (k as ScalarNode)?.Text ?? "";
            var values = v switch
            {
                ListNode seq => seq.Items.OfType<ScalarNode>().Select(s => s.Text).ToList(),
                ScalarNode s => [s.Text],
                _ => null,
            };
            if (values is null || values.Count == 0)
                _bag.Add(Descriptors.UnexpectedShape, v.In(_file), $"a list of values for '{name}'", Nodes.Describe(v));
            else result.Add((name, values));
        }
        return result;
    }
}

public static class Nodes
{
    public static string Describe(Node node) => node switch
    {
        ScalarNode s => $"the value '{Truncate(s.Text, 40)}'",
        ListNode => "a list",
        MapNode => "a mapping",
        _ => "something else",
    };

    /// <summary>A node as YamlDotNet's representation model writes it (a scalar is its text), for section names.</summary>
    public static string Show(Node node) => node switch
    {
        ScalarNode s => s.Text,
        ListNode l => "[ " + string.Join(", ", l.Items.Select(Show)) + " ]",
        MapNode m => "{ " + string.Join(", ", m.Pairs.Select(p => "{ " + Show(p.Key) + ", " + Show(p.Value) + " }")) + " }",
        _ => "",
    };

    public static string Truncate(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    /// <summary>The first control character in text other than tab and newline, if any.</summary>
    public static char? ControlCharacter(string text)
    {
        foreach (var c in text)
            if (char.IsControl(c) && c is not '\n' and not '\t' and not '\r') return c;
        return null;
    }

    /// <summary>The entries of a top-level section that must be a list.</summary>
    public static IEnumerable<Node> Items(string file, Node section, string name, DiagnosticBag bag)
    {
        if (section is ListNode seq) return seq.Items;
        if (section is ScalarNode { Text: "" }) return [];
        bag.Add(Descriptors.UnexpectedShape, section.In(file), $"a list under '{name}'", Describe(section));
        return [];
    }
}
