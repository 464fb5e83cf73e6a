using System.Globalization;
using System.Text;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Support;

/// <summary>
/// Builds a small report on disk for a test: each fact gets a line of its own in the source text
/// ("id: value unit"), so tests state figures and rules and nothing else.
/// </summary>
public sealed class TestReport
{
    private readonly List<string> _sourceLines = ["Test report"];
    private readonly StringBuilder _facts = new("facts:\n");
    private readonly StringBuilder _rules = new("rules:\n");
    private readonly StringBuilder _derived = new();
    private readonly StringBuilder _acks = new();
    private string? _units;
    private string? _vocabulary;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));

    public TestReport Fact(string id, string value, string unit = "亿美元", string? measure = null, string? dims = null,
        string? period = null, string? qualifiers = null)
    {
        _sourceLines.Add($"{id}: {value} {unit}");
        _facts.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    value: {value}\n    unit: \"{unit}\"\n    line: {_sourceLines.Count}\n    quote: \"{value} {unit}\"\n");
        if (measure is not null) _facts.Append(CultureInfo.InvariantCulture, $"    measure: {measure}\n    period: \"{period ?? "2021"}\"\n");
        if (dims is not null) _facts.Append(CultureInfo.InvariantCulture, $"    dims: {{ {dims} }}\n");
        if (qualifiers is not null) _facts.Append(CultureInfo.InvariantCulture, $"    qualifiers: [{qualifiers}]\n");
        return this;
    }

    /// <summary>Adds a rule written as YAML mapping lines (without the leading "- ").</summary>
    public TestReport Rule(string yaml)
    {
        var lines = yaml.Trim().Split('\n');
        _rules.Append("  - ").Append(lines[0].Trim()).Append('\n');
        foreach (var l in lines.Skip(1)) _rules.Append("    ").Append(l.Trim()).Append('\n');
        return this;
    }

    public TestReport Derived(string id, string expr, string? unit = null)
    {
        if (_derived.Length == 0) _derived.Append("derived:\n");
        _derived.Append(CultureInfo.InvariantCulture, $"  - id: {id}\n    expr: \"{expr}\"\n");
        if (unit is not null) _derived.Append(CultureInfo.InvariantCulture, $"    unit: \"{unit}\"\n");
        return this;
    }

    /// <summary>Declares units in units.yaml beside the facts, given as the entries under 'units:' ("symbol: 人次, dimension: person-times").</summary>
    public TestReport Units(params string[] entries)
    {
        _units = "units:\n" + string.Concat(entries.Select(e => "  - { " + e + " }\n"));
        return this;
    }

    /// <summary>Writes vocabulary.yaml beside the facts (read by stub and propose).</summary>
    public TestReport Vocabulary(string yaml)
    {
        _vocabulary = yaml;
        return this;
    }

    public TestReport Acknowledge(string findingId, string figures, string reason)
    {
        if (_acks.Length == 0) _acks.Append("acknowledged:\n");
        _acks.Append(CultureInfo.InvariantCulture, $"  - finding: {findingId}\n    figures: {{ {figures} }}\n    reason: {reason}\n");
        return this;
    }

    /// <summary>Records an attribution finding (a figure credited to the wrong place) on a report line.</summary>
    public TestReport Attribute(string id, int line, string quote, string reason)
    {
        if (_acks.Length == 0) _acks.Append("acknowledged:\n");
        _acks.Append(CultureInfo.InvariantCulture, $"  - kind: attribution\n    id: {id}\n    line: {line}\n    quote: \"{quote}\"\n    reason: \"{reason}\"\n");
        return this;
    }

    public ReportPaths Write()
    {
        var facts = Path.Combine(Directory, "facts");
        var rules = Path.Combine(Directory, "rules");
        System.IO.Directory.CreateDirectory(facts);
        System.IO.Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(facts, "source.txt"), string.Join("\n", _sourceLines) + "\n");
        File.WriteAllText(Path.Combine(facts, "facts.yaml"), _facts.ToString());
        if (_units is not null) File.WriteAllText(Path.Combine(facts, "units.yaml"), _units);
        if (_vocabulary is not null) File.WriteAllText(Path.Combine(facts, "vocabulary.yaml"), _vocabulary);
        var rulesText = (_rules.Length > "rules:\n".Length ? _rules.ToString() : "") + _derived + _acks;
        if (rulesText.Length > 0) File.WriteAllText(Path.Combine(rules, "rules.yaml"), rulesText);
        return new ReportPaths(facts, rules, Path.Combine(facts, "source.txt"));
    }

    public (CheckRun? Run, IReadOnlyList<Diagnostic> Diagnostics) Check()
    {
        var (report, diagnostics) = ReportLoader.Load(Write());
        if (report is null) return (null, diagnostics);
        var run = Engine.Run(report);
        return (run, run.Diagnostics);
    }

    /// <summary>Runs the checks, expecting valid input, and returns the finding with the given id.</summary>
    public Finding Finding(string id)
    {
        var (run, diagnostics) = Check();
        if (diagnostics.Count > 0) throw new InvalidOperationException(string.Join("\n", diagnostics));
        return run!.Findings.Single(f => f.Id == id);
    }

    public FindingStatus Status(string id) => Finding(id).Status;
}
