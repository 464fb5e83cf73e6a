using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>
/// A node of a YAML input file as the readers see it: a scalar's text, a list or a mapping, with the
/// 1-based line and column where it starts. Built straight from the parser's events by
/// <see cref="NodeBuilder"/>; anchors, aliases and tags are not kept (anchors and aliases are refused).
/// </summary>
public abstract record Node(int Line, int Column)
{
    /// <summary>Where the node starts, in the given file.</summary>
    public Location In(string file) => new(file, Line, Column);
}

/// <summary>A scalar: the text as written (quoted or not; an empty value is the empty string).</summary>
public sealed record ScalarNode(string Text, int Line, int Column) : Node(Line, Column);

/// <summary>A list, its items in order.</summary>
public sealed record ListNode(IReadOnlyList<Node> Items, int Line, int Column) : Node(Line, Column);

/// <summary>A mapping, its pairs in the order written (keys are unique: a duplicate is refused while parsing).</summary>
public sealed record MapNode(IReadOnlyList<KeyValuePair<Node, Node>> Pairs, int Line, int Column) : Node(Line, Column)
{
    /// <summary>The value under a scalar key, if any.</summary>
    public Node? Find(string key)
    {
        foreach (var (k, v) in Pairs)
            if (k is ScalarNode s && s.Text == key) return v;
        return null;
    }
}
