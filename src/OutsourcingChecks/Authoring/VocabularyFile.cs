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
            var p = Entry.Read(file, n, "a partition", ["key", "parts", "whole", "exhaustive"], bag);
            if (p is null) continue;
            var key = p.Scalar("key", true);
            var parts = p.List("parts", true, key);
            if (key is null || parts is null) continue;
            var exhaustive = p.Scalar("exhaustive", false) ?? "true";
            if (exhaustive is not ("true" or "false"))
            {
                bag.Add(Descriptors.BadField, p.LocationOf("exhaustive"), $"the partition of '{key}'", "'exhaustive' is true or false");
                continue;
            }
            // some parts of a whole may be one (a group's one country named); all of it, at least two
            if (parts.Count < (exhaustive == "true" ? 2 : 1))
            {
                bag.Add(Descriptors.BadField, p.LocationOf("parts"), $"the partition of '{key}'", exhaustive == "true" ? "a whole has at least two parts" : "name at least one part");
                continue;
            }
            // whole: a value of the key (cloud), or the dims of the whole ({ region: east })
            var wholeDims = p.Node("whole") is MapNode ? p.Map("whole") : null;
            if (wholeDims is { Count: 0 })
            {
                // {} would read as no whole at all: say so, rather than guess what was meant
                bag.Add(Descriptors.BadField, p.LocationOf("whole"), $"the partition of '{key}'", "'whole' names the dims of the whole ({ region: east }); leave it out for the fact without the key");
                continue;
            }
            var whole = wholeDims is null ? p.Scalar("whole", false) ?? Vocabulary.All : Vocabulary.All;
            // a part named twice would be added twice; a part that is the whole would be added to itself
            var wholeValue = wholeDims is not null && wholeDims.TryGetValue(key, out var keyed) ? keyed : whole;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var wrong = false;
            foreach (var (part, at) in parts)
            {
                if (part == wholeValue)
                    bag.Add(Descriptors.BadField, at, $"the partition of '{key}'", $"'{part}' is its whole ({key}: {wholeValue}); a whole is not one of its own parts");
                else if (!seen.Add(part))
                    bag.Add(Descriptors.BadField, at, $"the partition of '{key}'", $"'{part}' is named twice among its parts");
                else continue;
                wrong = true;
            }
            if (wrong) continue;
            partitions.Add(new Partition(key, parts.Select(x => x.Text).ToList(), whole)
            {
                WholeDims = wholeDims?.ToList() ?? [],
                Exhaustive = exhaustive == "true",
            });
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
