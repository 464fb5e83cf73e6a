using System.Text;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Support;

/// <summary>A report whose files a test writes byte for byte, for bad-input cases.</summary>
public static class RawReport
{
    public const string Source = "Test report\nA 100.0 亿美元\nB 50.0 亿美元\nC 0 亿美元\nD 20.0%\n";

    public const string GoodFacts = """
        facts:
          - id: a
            value: 100.0
            unit: 亿美元
            line: 2
            quote: A 100.0 亿美元
          - id: b
            value: 50.0
            unit: 亿美元
            line: 3
            quote: B 50.0 亿美元
          - id: zero
            value: 0
            unit: 亿美元
            line: 4
            quote: C 0 亿美元
          - id: d
            value: 20.0
            unit: "%"
            line: 5
            quote: D 20.0%
        """;

    public static (string Directory, IReadOnlyList<Diagnostic> Diagnostics) Load(
        string? facts = null, string? rules = null, byte[]? factsBytes = null, string source = Source, IDictionary<string, string>? extra = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        var f = Path.Combine(dir, "facts");
        var r = Path.Combine(dir, "rules");
        Directory.CreateDirectory(f);
        Directory.CreateDirectory(r);
        File.WriteAllText(Path.Combine(f, "source.txt"), source, new UTF8Encoding(false));
        if (factsBytes is not null) File.WriteAllBytes(Path.Combine(f, "facts.yaml"), factsBytes);
        else File.WriteAllText(Path.Combine(f, "facts.yaml"), facts ?? GoodFacts, new UTF8Encoding(false));
        if (rules is not null) File.WriteAllText(Path.Combine(r, "rules.yaml"), rules, new UTF8Encoding(false));
        foreach (var (name, text) in extra ?? new Dictionary<string, string>())
            File.WriteAllText(Path.Combine(f, name), text, new UTF8Encoding(false));
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(f, r, Path.Combine(f, "source.txt")));
        if (report is not null && diagnostics.Count == 0) diagnostics = Engine.Run(report).Diagnostics;
        return (dir, diagnostics);
    }
}
