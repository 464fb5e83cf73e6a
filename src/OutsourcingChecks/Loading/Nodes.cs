using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;
using YamlDotNet.RepresentationModel;

namespace OutsourcingChecks.Loading;

/// <summary>A YAML mapping read as an entry with named fields, each with its location.</summary>
public sealed class Entry
{
    private readonly Dictionary<string, YamlNode> _fields = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly DiagnosticBag _bag;

    public Location Location { get; }
    public string What { get; }

    private Entry(string file, YamlMappingNode node, string what, DiagnosticBag bag)
    {
        _file = file;
        _bag = bag;
        What = what;
        Location = YamlFile.At(file, node.Start);
        foreach (var (k, v) in node.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            _fields[key] = v;
        }
    }

    /// <summary>Reads a mapping as an entry, reporting fields outside the allowed set.</summary>
    public static Entry? Read(string file, YamlNode node, string what, IReadOnlyCollection<string> allowed, DiagnosticBag bag)
    {
        if (node is not YamlMappingNode map)
        {
            bag.Add(Descriptors.UnexpectedShape, YamlFile.At(file, node.Start), $"a mapping ({what})", Nodes.Describe(node));
            return null;
        }
        var entry = new Entry(file, map, what, bag);
        foreach (var (k, _) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key))
                bag.Add(Descriptors.UnknownField, YamlFile.At(file, k.Start), key, what, string.Join(", ", allowed));
        }
        return entry;
    }

    public bool Has(string field) => _fields.ContainsKey(field);

    public Location LocationOf(string field) =>
        _fields.TryGetValue(field, out var n) ? YamlFile.At(_file, n.Start) : Location;

    public YamlNode? Node(string field) => _fields.GetValueOrDefault(field);

    /// <summary>A scalar field's text; reports a missing required field.</summary>
    public string? Scalar(string field, bool required, string? label = null)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            if (required) _bag.Add(Descriptors.MissingField, Location, What, label ?? "(no id)", field);
            return null;
        }
        if (node is not YamlScalarNode s)
        {
            _bag.Add(Descriptors.UnexpectedShape, YamlFile.At(_file, node.Start), $"a single value for '{field}'", Nodes.Describe(node));
            return null;
        }
        var text = s.Value ?? "";
        if (Nodes.ControlCharacter(text) is { } c)
        {
            _bag.Add(Descriptors.ControlCharacter, YamlFile.At(_file, node.Start), $"the field '{field}'", (int)c);
            return null;
        }
        if (required && text.Trim().Length == 0)
        {
            _bag.Add(Descriptors.MissingField, Location, What, label ?? "(no id)", field);
            return null;
        }
        return text;
    }

    /// <summary>A list of scalars (a single scalar counts as a list of one), with each item's location.</summary>
    public IReadOnlyList<(string Text, Location Location)>? List(string field, bool required, string? label = null)
    {
        if (!_fields.TryGetValue(field, out var node))
        {
            if (required) _bag.Add(Descriptors.MissingField, Location, What, label ?? "(no id)", field);
            return null;
        }
        if (node is YamlScalarNode one) return [(one.Value ?? "", YamlFile.At(_file, one.Start))];
        if (node is not YamlSequenceNode seq)
        {
            _bag.Add(Descriptors.UnexpectedShape, YamlFile.At(_file, node.Start), $"a list for '{field}'", Nodes.Describe(node));
            return null;
        }
        var items = new List<(string, Location)>();
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode s) items.Add((s.Value ?? "", YamlFile.At(_file, s.Start)));
            else _bag.Add(Descriptors.UnexpectedShape, YamlFile.At(_file, item.Start), "a single value in the list", Nodes.Describe(item));
        }
        return items;
    }

    /// <summary>A mapping of scalars to scalars (dims, figures).</summary>
    public IReadOnlyDictionary<string, string>? Map(string field)
    {
        if (!_fields.TryGetValue(field, out var node)) return null;
        if (node is not YamlMappingNode map)
        {
            _bag.Add(Descriptors.UnexpectedShape, YamlFile.At(_file, node.Start), $"a mapping for '{field}'", Nodes.Describe(node));
            return null;
        }
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode ks && v is YamlScalarNode vs) result[ks.Value ?? ""] = vs.Value ?? "";
            else _bag.Add(Descriptors.UnexpectedShape, YamlFile.At(_file, v.Start), $"a single value in '{field}'", Nodes.Describe(v));
        }
        return result;
    }

    /// <summary>A mapping of names to lists of values (a template's 'for').</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Values)>? Bindings(string field)
    {
        if (!_fields.TryGetValue(field, out var node)) return null;
        if (node is not YamlMappingNode map)
        {
            _bag.Add(Descriptors.UnexpectedShape, YamlFile.At(_file, node.Start), $"a mapping of names to lists for '{field}'", Nodes.Describe(node));
            return null;
        }
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var (k, v) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            var values = v switch
            {
                YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList(),
                YamlScalarNode s => [s.Value ?? ""],
                _ => null,
            };
            if (values is null || values.Count == 0)
                _bag.Add(Descriptors.UnexpectedShape, YamlFile.At(_file, v.Start), $"a list of values for '{name}'", Nodes.Describe(v));
            else result.Add((name, values));
        }
        return result;
    }
}

public static class Nodes
{
    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"the value '{Truncate(s.Value ?? "", 40)}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "something else",
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
    public static IEnumerable<YamlNode> Items(string file, YamlNode section, string name, DiagnosticBag bag)
    {
        if (section is YamlSequenceNode seq) return seq.Children;
        if (section is YamlScalarNode { Value: null or "" }) return [];
        bag.Add(Descriptors.UnexpectedShape, YamlFile.At(file, section.Start), $"a list under '{name}'", Describe(section));
        return [];
    }
}
