using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// Reads a report's vocabulary: the <c>vocabulary</c> section of <c>vocabulary.yaml</c> beside its
/// facts (docs/format.md, "Vocabulary"), every problem reported with file:line:column.
/// </summary>
public static class VocabularyFile
{
    public const string FileName = "vocabulary.yaml";
    public const string Section = "vocabulary";

    private static readonly string[] Fields = ["measures", "dims", "partitions", "totals", "order", "currency"];

    /// <summary>The built-in vocabulary extended by the facts folder's vocabulary.yaml, if it has one.</summary>
    public static Vocabulary For(string? factsDirectory, DiagnosticBag bag)
    {
        if (factsDirectory is null) return Vocabulary.BuiltIn;
        var path = Path.Combine(factsDirectory, FileName);
        return File.Exists(path) && Read(path, bag) is { } own ? Vocabulary.BuiltIn.Extend(own) : Vocabulary.BuiltIn;
    }

    /// <summary>The vocabulary a file states (without the built-in words), or null when it cannot be read.</summary>
    public static Vocabulary? Read(string path, DiagnosticBag bag)
    {
        var display = ReportLoader.Display(path);
        var root = YamlFile.Read(path, display, bag);
        if (root is null) return null;
        var before = bag.Items.Count;
        Vocabulary? vocabulary = null;
        foreach (var (key, value) in root.Pairs)
        {
            var name = Nodes.Show(key);
            if (name != Section)
            {
                bag.Add(Descriptors.UnknownSection, key.In(display), name, Section);
                continue;
            }
            vocabulary = ReadSection(display, value, bag);
        }
        return bag.Items.Count > before ? null : vocabulary ?? Vocabulary.Empty;
    }

    private static Vocabulary? ReadSection(string file, Node node, DiagnosticBag bag)
    {
        var e = Entry.Read(file, node, "the vocabulary", Fields, bag);
        if (e is null) return null;
        var measures = Items(file, e, "measures", bag)
            .Select(n => Entry.Read(file, n, "a measure word", ["word", "measure", "unit"], bag))
            .Where(w => w is not null)
            .Select(w => (Word: w!.Scalar("word", true), Measure: w.Scalar("measure", true), Unit: w.Scalar("unit", false)))
            .Where(w => w.Word is not null && w.Measure is not null)
            .Select(w => new MeasureWord(w.Word!, w.Measure!, w.Unit))
            .ToList();
        var dims = new List<DimsWord>();
        foreach (var n in Items(file, e, "dims", bag))
        {
            var w = Entry.Read(file, n, "a dims word", ["word", "dims"], bag);
            if (w?.Scalar("word", true) is not { } word) continue;
            // dims: {} names nothing: a longer word that keeps a shorter one inside it from matching (进出口 is not 出口)
            if (w.Map("dims") is { } map) dims.Add(new DimsWord(word, map.ToList()));
            else if (!w.Has("dims")) bag.Add(Descriptors.MissingField, w.Location, "a dims word", word, "dims");
        }
        var partitions = new List<Partition>();
        foreach (var n in Items(file, e, "partitions", bag))
        {
            var p = Entry.Read(file, n, "a partition", ["key", "parts", "whole"], bag);
            if (p is null) continue;
            var key = p.Scalar("key", true);
            var parts = p.List("parts", true, key);
            if (key is null || parts is null) continue;
            if (parts.Count < 2)
            {
                bag.Add(Descriptors.BadField, p.LocationOf("parts"), $"the partition of '{key}'", "a whole has at least two parts");
                continue;
            }
            partitions.Add(new Partition(key, parts.Select(x => x.Text).ToList(), p.Scalar("whole", false) ?? Vocabulary.All));
        }
        var totals = e.Map("totals")?.ToList();
        var order = e.List("order", false)?.Select(o => o.Text).ToList() ?? [];
        return new Vocabulary(measures, dims, partitions, totals ?? [], order)
        {
            ReplacesTotals = totals is not null,
            Currency = e.Scalar("currency", false) is { Length: > 0 } currency ? currency : "USD",
        };
    }

    private static IEnumerable<Node> Items(string file, Entry e, string field, DiagnosticBag bag) =>
        e.Node(field) is { } n ? Nodes.Items(file, n, field, bag) : [];
}
