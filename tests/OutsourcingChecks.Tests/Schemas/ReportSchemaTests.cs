using System.Text.Json;
using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Schemas;

/// <summary>
/// schemas/report.schema.json describes every YAML file of a report (facts, rules, acknowledgements)
/// and agrees with the loader: the repository's files validate, and a field the loader rejects the
/// schema rejects too.
/// </summary>
[TestFixture]
public class ReportSchemaTests
{
    private static IEnumerable<TestCaseData> RepositoryYaml() =>
        new[] { "facts", "rules" }
            .Select(d => Repository.File(d)).Concat(new[] { "facts", "rules" }.Select(d => Repository.File("examples", d)))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetRelativePath(Repository.Root, f)).SetName($"{{m}}({Path.GetRelativePath(Repository.Root, f)})"));

    [TestCaseSource(nameof(RepositoryYaml))]
    public void Every_yaml_file_in_the_repository_validates(string file) =>
        ReportSchema.Errors(File.ReadAllText(Repository.File(file))).Should().BeEmpty();

    [Test]
    public void The_repository_has_yaml_files_to_validate() => RepositoryYaml().Should().NotBeEmpty();

    private static JsonElement Definition(string name) => ReportSchema.Document.GetProperty("definitions").GetProperty(name);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Test]
    public void Its_rule_kinds_and_their_fields_are_the_engines()
    {
        var variants = Definition("rule").GetProperty("oneOf").EnumerateArray()
            .ToDictionary(v => v.GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!);
        variants.Keys.Should().BeEquivalentTo(RuleKinds.All.Select(k => k.Name));
        foreach (var kind in RuleKinds.All)
        {
            var v = variants[kind.Name];
            v.GetProperty("properties").EnumerateObject().Select(p => p.Name)
                .Should().BeEquivalentTo(RuleReader.CommonFields.Concat(kind.Required).Concat(kind.Optional), kind.Name);
            Strings(v.GetProperty("required")).Should().BeEquivalentTo(new[] { "id", "kind" }.Concat(kind.Required), kind.Name);
        }
    }

    [Test]
    public void Its_units_and_qualifiers_are_the_loaders()
    {
        // The listed units are the built-in table (an editor's completion); scaled, per-unit and declared units match the pattern beside it.
        Strings(Definition("unit").GetProperty("anyOf")[0].GetProperty("enum")).Should().BeEquivalentTo(Units.Symbols);
        Strings(Definition("qualifier").GetProperty("enum")).Should().BeEquivalentTo(Qualifiers.All);
    }

    private const string Rule = "rules:\n  - id: r\n    kind: sum\n    parts: [a, b]\n    total: a\n    exhaustive: false\n";

    /// <summary>Hand-made files, each valid or with one thing wrong, loaded beside RawReport's source and facts.</summary>
    private static IEnumerable<TestCaseData> HandMade()
    {
        TestCaseData Facts(string name, string yaml) => new TestCaseData(yaml, null, null).SetName($"Facts: {name}");
        TestCaseData Rules(string name, string yaml) => new TestCaseData(RawReport.GoodFacts, yaml, null).SetName($"Rules: {name}");
        const string fact = "facts:\n  - id: a\n    value: 100.0\n    unit: 亿美元\n    line: 2\n    quote: A 100.0 亿美元\n";
        yield return Facts("a plain fact", fact);
        yield return Facts("with the editor's schema line", "# yaml-language-server: $schema=../../schemas/report.schema.json\n" + fact);
        yield return Facts("every optional field", fact + "    period: 2021\n    measure: execution\n    dims: { scope: all }\n    qualifiers: [about, decline]\n    note: n\n");
        yield return Facts("a single qualifier", fact + "    qualifiers: about\n");
        yield return Facts("quoted values and line", "facts:\n  - id: a\n    value: \"100.0\"\n    unit: \"亿美元\"\n    line: \"2\"\n    quote: \"A 100.0 亿美元\"\n");
        yield return Facts("a skipped figure", fact + "skipped:\n  - line: 3\n    text: B 50.0\n    reason: r\n");
        yield return Facts("an empty section", fact + "skipped:\n");
        yield return Facts("an unknown field", fact + "    colour: red\n");
        yield return Facts("a misspelt field", fact.Replace("quote:", "qoute:", StringComparison.Ordinal));
        yield return Facts("no quote", fact.Replace("    quote: A 100.0 亿美元\n", "", StringComparison.Ordinal));
        yield return Facts("no unit", fact.Replace("    unit: 亿美元\n", "", StringComparison.Ordinal));
        yield return Facts("an empty quote", fact.Replace("quote: A 100.0 亿美元", "quote: \"  \"", StringComparison.Ordinal));
        yield return Facts("a scaled unit", fact.Replace("unit: 亿美元", "unit: 百万美元", StringComparison.Ordinal));
        yield return Facts("a unit per unit", fact.Replace("unit: 亿美元", "unit: 亿美元/万人", StringComparison.Ordinal));
        yield return Facts("a unit with a space inside", fact.Replace("unit: 亿美元", "unit: 亿 美元", StringComparison.Ordinal));
        yield return Facts("a unit per unit per unit", fact.Replace("unit: 亿美元", "unit: 美元/人/年", StringComparison.Ordinal));
        yield return Facts("an unknown qualifier", fact + "    qualifiers: [roughly]\n");
        yield return Facts("a bad id", fact.Replace("id: a", "id: 1a", StringComparison.Ordinal));
        yield return Facts("a thousands separator", fact.Replace("value: 100.0", "value: \"1,000\"", StringComparison.Ordinal));
        yield return Facts("line zero", fact.Replace("line: 2", "line: 0", StringComparison.Ordinal));
        yield return Facts("dims as a list", fact + "    dims: [all]\n");
        yield return Facts("an unknown section", fact + "figures:\n  - id: x\n");
        yield return Facts("a fact that is a list", "facts:\n  - [a, b]\n");
        yield return Facts("a skipped figure without reason", fact + "skipped:\n  - line: 3\n    text: B 50.0\n");
        yield return Rules("a sum", Rule);
        yield return Rules("a template", "rules:\n  - id: \"r.{x}\"\n    kind: growth\n    for: { x: [a] }\n    current: \"{x}\"\n    previous: b\n    growth: d\n");
        yield return Rules("a derived quantity", "derived:\n  - id: c\n    expr: a - b\n    measure: m\n    period: 2021\n    unit: 亿美元\n");
        yield return Rules("an expression", "rules:\n  - id: r\n    kind: expression\n    expr: a + b > a\n");
        yield return Rules("an unknown kind", Rule.Replace("kind: sum", "kind: total", StringComparison.Ordinal));
        yield return Rules("a field of another kind", Rule + "    share: d\n");
        yield return Rules("a missing field", Rule.Replace("    total: a\n", "", StringComparison.Ordinal));
        yield return Rules("a bad op", "rules:\n  - id: r\n    kind: bound\n    left: a\n    op: \"=<\"\n    right: b\n");
        yield return Rules("a bad mode", "rules:\n  - id: r\n    kind: multiple\n    current: a\n    previous: b\n    multiple: d\n    mode: times\n");
        yield return Rules("exhaustive neither true nor false", Rule.Replace("exhaustive: false", "exhaustive: maybe", StringComparison.Ordinal));
        yield return Rules("a derived quantity with an unknown field", "derived:\n  - id: c\n    expr: a - b\n    formula: x\n");
        yield return Rules("a derived quantity without expr", "derived:\n  - id: c\n");
        yield return Rules("an acknowledgement", "acknowledged:\n  - finding: r\n    figures: { a: \"100.0\" }\n    reason: because\n");
        yield return Rules("an attribution", "acknowledged:\n  - kind: attribution\n    id: attribution.x\n    line: 2\n    quote: A 100.0\n    reason: because\n");
        yield return Rules("an acknowledgement without figures", "acknowledged:\n  - finding: r\n    reason: because\n");
        yield return Rules("an acknowledgement of an unknown kind", "acknowledged:\n  - finding: r\n    kind: typo\n    figures: { a: \"100.0\" }\n    reason: because\n");
        yield return Rules("an attribution with a finding field", "acknowledged:\n  - kind: attribution\n    id: attribution.x\n    finding: r\n    line: 2\n    quote: A 100.0\n    reason: because\n");
    }

    /// <summary>
    /// Hand-made units.yaml files, each valid or with one thing wrong in its form, beside RawReport's
    /// good facts. What only the loader can know (a unit named in 'equals' and not declared, a
    /// symbol that is already a unit, an exchange rate as a conversion) is in UnitsReaderTests.
    /// </summary>
    private static IEnumerable<TestCaseData> HandMadeUnits()
    {
        TestCaseData Units(string name, string yaml) => new TestCaseData(RawReport.GoodFacts, null, yaml).SetName($"Units: {name}");
        const string unit = "units:\n  - symbol: 人次\n    dimension: person-times\n";
        yield return Units("a new base unit", unit);
        yield return Units("with the editor's schema line", "# yaml-language-server: $schema=../../schemas/report.schema.json\n" + unit);
        yield return Units("a new currency", "units:\n  - symbol: 港元\n    dimension: HKD\n");
        yield return Units("a conversion", "units:\n  - symbol: 千克\n    dimension: mass\n  - symbol: 吨\n    equals: 1000 千克\n");
        yield return Units("aliases", unit + "    aliases: [人次数, 游次]\n");
        yield return Units("a single alias", unit + "    aliases: 游次\n");
        yield return Units("a note", unit + "    note: one person on three trips is 3 人次\n");
        yield return Units("an empty section", "units:\n");
        yield return Units("an unknown field", unit + "    colour: red\n");
        yield return Units("no symbol", "units:\n  - dimension: person-times\n");
        yield return Units("neither dimension nor equals", "units:\n  - symbol: 人次\n");
        yield return Units("both dimension and equals", unit + "    equals: 1 人\n");
        yield return Units("a dimension name with a space", "units:\n  - symbol: 人次\n    dimension: person times\n");
        yield return Units("a dimension name in capitals", "units:\n  - symbol: 人次\n    dimension: PERSON\n");
        yield return Units("a symbol with a slash", "units:\n  - symbol: 元/人\n    dimension: spend\n");
        yield return Units("a symbol with a digit", "units:\n  - symbol: m2\n    dimension: area\n");
        yield return Units("a conversion without a number", "units:\n  - symbol: 千克\n    dimension: mass\n  - symbol: 吨\n    equals: 千克\n");
        yield return Units("a unit that is a list", "units:\n  - [人次, person-times]\n");
    }

    [TestCaseSource(nameof(HandMade))]
    [TestCaseSource(nameof(HandMadeUnits))]
    public void The_schema_accepts_a_file_exactly_when_the_loader_does(string facts, string? rules, string? units)
    {
        var (_, diagnostics) = RawReport.Load(facts: facts, rules: rules,
            extra: units is null ? null : new Dictionary<string, string> { [UnitsReader.FileName] = units });
        // An acknowledgement of a finding that is not there is only stale (a warning), so loading alone decides.
        var loads = diagnostics.Count == 0;
        var errors = new[] { facts, rules, units }.OfType<string>().SelectMany(ReportSchema.Errors).ToList();
        (errors.Count == 0).Should().Be(loads,
            $"the loader says: {(loads ? "fine" : string.Join("; ", diagnostics))}; the schema says: {(errors.Count == 0 ? "fine" : string.Join("; ", errors))}");
    }
}
