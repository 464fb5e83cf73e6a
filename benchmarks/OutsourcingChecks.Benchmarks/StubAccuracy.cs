using System.Globalization;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Benchmarks;

/// <summary>
/// How well <c>stub</c> reads a report it has never seen: the report text is stubbed with no facts
/// (with the report's vocabulary.yaml, when it has one), and each encoded fact is compared with the
/// stub at the same line and value. A stub matches exactly when its unit, sign, measure, dims (as a
/// set) and period are the encoded fact's. Per chapter: the encoded facts, those with a stub at
/// their place, the exact matches, and the matches of each field.
/// </summary>
public static class StubAccuracy
{
    private static readonly string[] Fields = ["unit", "sign", "measure", "dims", "period"];

    public static int Run(string factsDirectory, bool builtInOnly, bool listMisses)
    {
        var paths = new ReportPaths(factsDirectory, factsDirectory, Path.Combine(factsDirectory, "source.txt"));
        var (report, diagnostics) = ReportLoader.Load(paths);
        if (report is null) throw new InvalidOperationException(string.Join("\n", diagnostics.Take(5)));
        var bag = new DiagnosticBag();
        var vocabulary = builtInOnly ? Vocabulary.BuiltIn : VocabularyFile.For(factsDirectory, bag);
        if (bag.HasErrors) throw new InvalidOperationException(string.Join("\n", bag.Sorted().Take(5)));
        var result = Stubber.Stub(report.Source, 1, report.Source.Lines.Count, [], [], report.Units, vocabulary);
        var byPlace = result.Stubs.ToLookup(s => (s.Line, s.Value));
        // each fact is compared with the stub of the figure it covers (coverage's matching: within 2 lines, nearest first)
        var figureLine = CoverageAnalyzer.Analyze(report).Chapters.SelectMany(c => c.Figures)
            .Where(f => f.FactId is not null).ToDictionary(f => f.FactId!, f => f.Figure.Line, StringComparer.Ordinal);
        var chapters = Chapters.Of(report.Source);
        var rows = new Dictionary<string, int[]>(StringComparer.Ordinal); // encoded, placed, exact, then one per field
        var misses = new List<string>();
        foreach (var fact in report.Facts)
        {
            var key = Chapters.For(chapters, fact.SourceLine).Key;
            var row = rows.TryGetValue(key, out var r) ? r : rows[key] = new int[3 + Fields.Length];
            row[0]++;
            var stub = byPlace[(figureLine.GetValueOrDefault(fact.Id, fact.SourceLine), fact.Value.Written)].FirstOrDefault();
            if (stub is null)
            {
                if (listMisses) misses.Add($"{fact.SourceLine}\t{fact.Id}\tno stub at its line and value");
                continue;
            }
            row[1]++;
            var same = Compare(fact, stub);
            for (var k = 0; k < Fields.Length; k++) if (same[k]) row[3 + k]++;
            if (same.All(s => s)) row[2]++;
            else if (listMisses)
                misses.Add($"{fact.SourceLine}\t{fact.Id}\t{string.Join(",", Fields.Where((_, k) => !same[k]))}\tencoded {Describe(fact)}\tstub {Describe(stub)}");
        }
        Console.WriteLine($"Stub accuracy on {factsDirectory} ({(builtInOnly ? "built-in vocabulary only" : "with the report's vocabulary")}): {result.FiguresFound} figures, {result.Stubs.Count} proposed facts, {result.Skips.Count} proposed skipped entries.");
        Console.WriteLine();
        Console.WriteLine("| chapter | facts | stub at its place | exact | exact share | unit | sign | measure | dims | period |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var total = new int[3 + Fields.Length];
        foreach (var (key, row) in rows.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Print(key, row);
            for (var k = 0; k < row.Length; k++) total[k] += row[k];
        }
        Print("**total**", total);
        foreach (var m in misses) Console.Error.WriteLine(m);
        return 0;
    }

    private static void Print(string key, int[] row) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {key} | {row[0]} | {row[1]} | {row[2]} | {Percent(row[2], row[0])} | {string.Join(" | ", row.Skip(3).Select(v => Percent(v, row[0])))} |"));

    private static string Percent(int part, int whole) => whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>unit, sign, measure, dims, period: equal or not.</summary>
    public static bool[] Compare(Fact fact, FactStub stub) =>
    [
        fact.Unit.Symbol == stub.Unit,
        fact.IsDecline == stub.Qualifiers.Contains("decline"),
        fact.Measure == stub.Measure,
        fact.Dims.Count == stub.Dims.Count && stub.Dims.All(d => fact.Dims.TryGetValue(d.Key, out var v) && v == d.Value),
        fact.Period == stub.Period,
    ];

    private static string Describe(Fact f) =>
        $"{f.Value.Written} {f.Unit.Symbol} {(f.IsDecline ? "decline " : "")}{f.Measure} {{{string.Join(", ", f.Dims.Select(d => $"{d.Key}: {d.Value}"))}}} {f.Period}";

    private static string Describe(FactStub s) =>
        $"{s.Value} {s.Unit} {(s.Qualifiers.Contains("decline") ? "decline " : "")}{s.Measure} {{{string.Join(", ", s.Dims.Select(d => $"{d.Key}: {d.Value}"))}}} {s.Period}";
}
