using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>Reads derived quantities: named expressions over facts.</summary>
public static class DerivedReader
{
    private static readonly string[] Fields = ["id", "expr", "measure", "dims", "period", "unit", "note"];

    public static Derived? Read(string file, Node node, DiagnosticBag bag, UnitRegistry? units = null)
    {
        units ??= UnitRegistry.BuiltIn;
        var e = Entry.Read(file, node, "a derived quantity", Fields, bag);
        if (e is null) return null;
        var id = e.Scalar("id", true);
        var text = e.Scalar("expr", true, id);
        if (id is not null && !Ids.IsValid(id)) { bag.Add(Descriptors.BadId, e.LocationOf("id"), id); return null; }
        Unit? unit = null;
        if (e.Scalar("unit", false) is { } u && (unit = units.Find(u)) is null && !units.Excuses(u))
            bag.Add(Descriptors.UnknownUnit, e.LocationOf("unit"), $"derived '{id}'", u, string.Join(" ", units.Symbols), units.DeclarationFile);
        if (id is null || text is null) return null;
        var expr = ExprParser.TryParse(text, out var why);
        if (expr is null)
        {
            bag.Add(Descriptors.BadExpression, e.LocationOf("expr"), $"derived '{id}'", text, why!);
            return null;
        }
        return new Derived(id, expr, text, e.Scalar("measure", false), e.Map("dims") ?? SortedMap<string>.Empty,
            e.Scalar("period", false), unit, e.Location);
    }
}

/// <summary>Reads rules as written; templates stay unexpanded here.</summary>
public static class RuleReader
{
    public static readonly string[] CommonFields = ["id", "kind", "for", "note"];

    public static Rule? Read(string file, Node node, DiagnosticBag bag)
    {
        if (node is not MapNode map)
        {
            bag.Add(Descriptors.UnexpectedShape, node.In(file), "a mapping (a rule)", Nodes.Describe(node));
            return null;
        }
        // Fields depend on the kind, which the compiler checks; here every key is kept.
        var keys = map.Pairs.Select(p => p.Key).OfType<ScalarNode>().Select(k => k.Text).ToList();
        var e = Entry.Read(file, node, "a rule", keys, bag)!;
        var id = e.Scalar("id", true);
        var kind = e.Scalar("kind", true, id);
        if (id is null || kind is null) return null;
        var fields = new List<KeyValuePair<string, RuleField>>();
        foreach (var key in keys.Where(k => !CommonFields.Contains(k)))
        {
            var n = e.Node(key)!;
            var items = e.List(key, true, id);
            if (items is null) continue;
            fields.Add(new(key, new RuleField(items.Select(i => new RuleText(i.Text, i.Location)).ToArray(), n is ListNode)));
        }
        IReadOnlyList<Binding> bindings = []; // shared by every rule that is not a template
        if (e.Bindings("for") is { Count: > 0 } found) bindings = found.Select(b => new Binding(b.Name, b.Values)).ToList();
        return new Rule(id, kind, SortedMap<RuleField>.Of(fields), bindings, e.Scalar("note", false), e.Location);
    }
}

/// <summary>Reads acknowledgements and attribution findings.</summary>
public static class AcknowledgementReader
{
    private static readonly string[] AckFields = ["finding", "figures", "reason", "kind"];
    private static readonly string[] AttributionFields = ["kind", "id", "line", "quote", "reason"];

    public static object? Read(string file, Node node, SourceText source, DiagnosticBag bag)
    {
        if (node is MapNode m && m.Find("kind") is ScalarNode { Text: "attribution" })
            return ReadAttribution(file, node, source, bag);
        var e = Entry.Read(file, node, "an acknowledgement", AckFields, bag);
        if (e is null) return null;
        var finding = e.Scalar("finding", true);
        var reason = e.Scalar("reason", true, finding);
        var figures = e.Map("figures");
        if (figures is null && finding is not null) bag.Add(Descriptors.MissingField, e.Location, "acknowledgement", finding, "figures");
        if (e.Scalar("kind", false) is { } kind && kind != "arithmetic")
            bag.Add(Descriptors.BadField, e.LocationOf("kind"), $"acknowledgement '{finding}'", $"unknown kind '{kind}' (arithmetic or attribution)");
        if (finding is null || reason is null || figures is null) return null;
        return new Acknowledgement(finding, figures, reason.Trim(), e.Location);
    }

    private static Attribution? ReadAttribution(string file, Node node, SourceText source, DiagnosticBag bag)
    {
        var e = Entry.Read(file, node, "an attribution finding", AttributionFields, bag);
        if (e is null) return null;
        var id = e.Scalar("id", true);
        var lineText = e.Scalar("line", true, id);
        var quote = e.Scalar("quote", true, id);
        var reason = e.Scalar("reason", true, id);
        if (id is null || lineText is null || quote is null || reason is null) return null;
        if (!int.TryParse(lineText, out var line) || line < 1 || line > source.Lines.Count)
        {
            bag.Add(Descriptors.BadLine, e.LocationOf("line"), id, lineText, source.Lines.Count);
            return null;
        }
        if (!source.OccursNear(quote, line))
        {
            bag.Add(Descriptors.QuoteNotFound, e.LocationOf("quote"), id, Nodes.Truncate(quote, 60), line, "");
            return null;
        }
        return new Attribution(id, line, quote, reason.Trim(), e.Location);
    }
}

/// <summary>Reads the figures deliberately left out, with their reasons.</summary>
public static class SkippedReader
{
    private static readonly string[] Fields = ["line", "text", "reason"];

    public static Skipped? Read(string file, Node node, SourceText source, DiagnosticBag bag)
    {
        var e = Entry.Read(file, node, "a skipped figure", Fields, bag);
        if (e is null) return null;
        var lineText = e.Scalar("line", true);
        var text = e.Scalar("text", true);
        var reason = e.Scalar("reason", true);
        if (lineText is null || text is null || reason is null) return null;
        if (!int.TryParse(lineText, out var line) || line < 1 || line > source.Lines.Count)
        {
            bag.Add(Descriptors.BadLine, e.LocationOf("line"), "skipped", lineText, source.Lines.Count);
            return null;
        }
        if (!source.OccursNear(text, line))
        {
            bag.Add(Descriptors.QuoteNotFound, e.LocationOf("text"), "skipped", Nodes.Truncate(text, 60), line, "");
            return null;
        }
        return new Skipped(line, text, reason, e.Location);
    }
}
