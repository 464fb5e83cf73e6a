using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>Where a report's inputs are.</summary>
public sealed record ReportPaths(string FactsDirectory, string RulesDirectory, string SourceFile)
{
    /// <summary>The conventional layout: facts/NAME/source.txt, facts/NAME/*.yaml, rules/NAME/*.yaml.</summary>
    public static ReportPaths InRepository(string root, string name) =>
        new(Path.Combine(root, "facts", name), Path.Combine(root, "rules", name), Path.Combine(root, "facts", name, "source.txt"));
}

/// <summary>Loads a report's text and YAML inputs, collecting every input problem.</summary>
public static class ReportLoader
{
    private static readonly string[] Sections = ["facts", "skipped", "derived", "rules", "acknowledged", "vocabulary"];

    public static (Report? Report, IReadOnlyList<Diagnostic> Diagnostics) Load(ReportPaths paths, string? sourceOverride = null)
    {
        var bag = new DiagnosticBag();
        var sourcePath = sourceOverride ?? paths.SourceFile;
        var source = LoadSource(sourcePath, bag);
        if (source is null) return (null, bag.Sorted());

        var facts = new List<Fact>();
        var derived = new List<Derived>();
        var rules = new List<Rule>();
        var acks = new List<Acknowledgement>();
        var attributions = new List<Attribution>();
        var skipped = new List<Skipped>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        var unreadable = 0;

        // The units come first: every fact and derived quantity is read in them.
        var units = UnitsReader.Read(paths.FactsDirectory, bag);
        var unitsFile = Path.GetFullPath(UnitsReader.PathIn(paths.FactsDirectory));
        var files = YamlFiles(paths.FactsDirectory, bag).Concat(YamlFiles(paths.RulesDirectory, bag)).Distinct()
            .Where(f => f != unitsFile).ToList();
        foreach (var (display, root, problems) in ParsedInOrder(files))
        {
            bag.AddRange(problems);
            if (root is null) { unreadable++; continue; }
            foreach (var (keyNode, section) in root.Pairs)
            {
                var key = Nodes.Show(keyNode);
                if (!Sections.Contains(key))
                {
                    if (key == UnitsReader.Section)
                        bag.Add(Descriptors.BadField, keyNode.In(display), "units", $"declare units in {units.DeclarationFile}, so they are known before any fact is read");
                    else bag.Add(Descriptors.UnknownSection, keyNode.In(display), key, string.Join(", ", Sections));
                    continue;
                }
                if (key == "vocabulary") continue; // the words stub and propose read (Authoring/VocabularyFile), not checked here
                foreach (var item in Nodes.Items(display, section, key, bag))
                {
                    switch (key)
                    {
                        case "facts": Add(facts, FactReader.Read(display, item, source, bag, named, units)); break;
                        case "skipped": Add(skipped, SkippedReader.Read(display, item, source, bag)); break;
                        case "derived": Add(derived, DerivedReader.Read(display, item, bag, units)); break;
                        case "rules": Add(rules, RuleReader.Read(display, item, bag)); break;
                        case "acknowledged":
                            var a = AcknowledgementReader.Read(display, item, source, bag);
                            if (a is Acknowledgement ack) acks.Add(ack);
                            else if (a is Attribution at) attributions.Add(at);
                            break;
                    }
                }
            }
        }
        if (facts.Count == 0 && !bag.HasErrors)
            bag.Add(Descriptors.NoFacts, new Location(Display(paths.FactsDirectory), 0, 0), Display(paths.FactsDirectory));

        CheckUniqueIds(facts, derived, rules, bag);
        // A file that could not be read hides the ids it defines: references to them would only repeat its error.
        DerivedGraph.Check(named, derived, bag, checkReferences: unreadable == 0);
        var report = new Report(source, facts, derived, rules, acks, attributions, skipped) { Units = units };
        return (bag.HasErrors ? null : report, bag.Sorted());
    }

    /// <summary>
    /// Parses the YAML files on the thread pool, a few ahead of the caller, and hands them over in
    /// order with their own problems, so the diagnostics are those of reading the files one by one.
    /// </summary>
    private static IEnumerable<(string Display, MapNode? Root, IReadOnlyList<Diagnostic> Problems)> ParsedInOrder(IReadOnlyList<string> files)
    {
        var ahead = Math.Max(2, Environment.ProcessorCount);
        var pending = new Queue<Task<(string, MapNode?, IReadOnlyList<Diagnostic>)>>();
        var next = 0;
        while (next < files.Count || pending.Count > 0)
        {
            while (next < files.Count && pending.Count < ahead)
            {
                var path = files[next++];
                pending.Enqueue(Task.Run(() =>
                {
                    var display = Display(path);
                    var own = new DiagnosticBag();
                    var root = YamlFile.Read(path, display, own);
                    return (display, root, own.Items);
                }));
            }
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }

    private static void Add<T>(List<T> list, T? item) where T : class
    {
        if (item is not null) list.Add(item);
    }

    /// <summary>The report text may be this large (bytes); a larger one is refused before it is read whole.</summary>
    public const long MaxSourceBytes = 64L * 1024 * 1024;

    private static SourceText? LoadSource(string path, DiagnosticBag bag) => ReadSource(path, bag);

    /// <summary>
    /// A report text: a regular file of at most <see cref="MaxSourceBytes"/>, strict UTF-8 (with
    /// <paramref name="byteOrderMark"/>, a byte-order mark is dropped rather than refused); null with
    /// the problem in the bag.
    /// </summary>
    public static SourceText? ReadSource(string path, DiagnosticBag bag, bool byteOrderMark = false)
    {
        var display = Display(path);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            bag.Add(Descriptors.SourceMissing, new Location(display, 0, 0), display);
            return null;
        }
        var bytes = InputFile.Read(path, display, MaxSourceBytes, bag);
        if (bytes is null) return null;
        if (byteOrderMark && bytes.AsSpan().StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        var text = YamlFile.Decode(bytes, display, bag);
        return text is null ? null : SourceText.FromText(display, text);
    }

    private static IEnumerable<string> YamlFiles(string directory, DiagnosticBag bag)
    {
        if (!Directory.Exists(directory))
        {
            bag.Add(Descriptors.FileUnreadable, new Location(Display(directory), 0, 0), "no such directory");
            return [];
        }
        return Walk(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Select(Path.GetFullPath)
            .OrderBy(f => f, StringComparer.Ordinal)
            .DistinctBy(FileSystem.RealPath, StringComparer.Ordinal); // a file linked twice is read once
    }

    /// <summary>
    /// Every file under the folder, its subfolders included; a folder reached again through a symbolic
    /// link (a loop, or a second link to it) is walked once, not once per way in.
    /// </summary>
    private static IEnumerable<string> Walk(string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { FileSystem.RealPath(root) };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.TryPop(out var dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir)) yield return file;
            foreach (var sub in Directory.EnumerateDirectories(dir).OrderByDescending(d => d, StringComparer.Ordinal))
                if (seen.Add(FileSystem.RealPath(sub))) pending.Push(sub);
        }
    }

    public static string Display(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }

    private static void CheckUniqueIds(List<Fact> facts, List<Derived> derived, List<Rule> rules, DiagnosticBag bag)
    {
        var seen = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var (id, at) in facts.Select(f => (f.Id, f.Location)).Concat(derived.Select(d => (d.Id, d.Location))))
        {
            if (seen.TryGetValue(id, out var first)) bag.Add(Descriptors.DuplicateId, at, id, first);
            else seen[id] = at;
        }
        var ruleIds = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var r in rules)
        {
            if (ruleIds.TryGetValue(r.Id, out var first)) bag.Add(Descriptors.DuplicateId, r.Location, r.Id, first);
            else ruleIds[r.Id] = r.Location;
        }
    }
}
