using System.Text;
using FluentAssertions;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Loading;

/// <summary>Each bad input gives a plain error with file:line:column; every error of a run is reported.</summary>
[TestFixture]
public class BadInputTests
{
    private static void Expect(IReadOnlyList<OutsourcingChecks.Diagnostics.Diagnostic> diagnostics, string code, string file, int line, int column = -1)
    {
        diagnostics.Should().Contain(d => d.Code == code, because: string.Join("\n", diagnostics));
        var d = diagnostics.First(x => x.Code == code);
        d.Location.File.Should().EndWith(file);
        d.Location.Line.Should().Be(line);
        if (column >= 0) d.Location.Column.Should().Be(column);
    }

    private static string Fact(string id, string value, string unit, int line, string quote) =>
        $"facts:\n  - id: {id}\n    value: {value}\n    unit: \"{unit}\"\n    line: {line}\n    quote: \"{quote}\"\n";

    [Test]
    public void Malformed_yaml_is_reported_where_it_breaks()
    {
        var (_, d) = RawReport.Load(facts: "facts:\n  - id: a\n    value: [1, 2\n    unit: x\n");
        Expect(d, "OC005", "facts.yaml", 3); // the line of the unclosed bracket
    }

    [Test]
    public void A_malformed_file_does_not_bring_a_cascade_of_errors_about_the_ids_it_hides()
    {
        var (_, d) = RawReport.Load(facts: "facts:\n  - id: a\n    value: [1, 2\n", rules: "derived:\n  - id: x\n    expr: a + b\n");
        d.Select(x => x.Code).Should().Equal("OC005");
    }

    [Test]
    public void A_tab_in_the_indentation_is_reported_at_its_column()
    {
        var (_, d) = RawReport.Load(facts: "facts:\n\t- id: a\n");
        Expect(d, "OC006", "facts.yaml", 2, 1);
    }

    [Test]
    public void A_byte_order_mark_is_refused()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(RawReport.GoodFacts)).ToArray();
        var (_, d) = RawReport.Load(factsBytes: bytes);
        Expect(d, "OC002", "facts.yaml", 1, 1);
    }

    [Test]
    public void Invalid_utf8_is_reported_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("facts:\n  - id: a\n").Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        var (_, d) = RawReport.Load(factsBytes: bytes);
        Expect(d, "OC003", "facts.yaml", 3);
    }

    [Test]
    public void An_empty_file_is_reported()
    {
        var (_, d) = RawReport.Load(facts: "");
        Expect(d, "OC004", "facts.yaml", 1);
    }

    [Test]
    public void A_missing_field_names_the_fact_and_the_field()
    {
        var (_, d) = RawReport.Load(facts: "facts:\n  - id: a\n    value: 100.0\n    line: 2\n    quote: A 100.0 亿美元\n");
        Expect(d, "OC010", "facts.yaml", 2, 5);
        d.Single(x => x.Code == "OC010").Message.Should().Be("a fact 'a' has no 'unit'");
    }

    [Test]
    public void Duplicate_ids_across_files_are_reported_at_the_second()
    {
        var (_, d) = RawReport.Load(extra: new Dictionary<string, string> { ["more.yaml"] = Fact("a", "100.0", "亿美元", 2, "A 100.0 亿美元") });
        Expect(d, "OC011", "more.yaml", 2, 5);
    }

    [Test]
    public void A_rule_naming_a_missing_fact_is_reported_at_the_name()
    {
        var (_, d) = RawReport.Load(rules: "rules:\n  - id: s\n    kind: sum\n    parts: [a, nope]\n    total: b\n");
        Expect(d, "OC021", "rules.yaml", 4, 16);
    }

    [Test]
    public void Adding_a_percentage_to_an_amount_is_a_unit_error()
    {
        var (_, d) = RawReport.Load(rules: "rules:\n  - id: s\n    kind: sum\n    parts: [b, d]\n    total: a\n");
        Expect(d, "OC023", "rules.yaml", 2);
    }

    [Test]
    public void An_unknown_rule_kind_lists_the_known_ones()
    {
        var (_, d) = RawReport.Load(rules: "rules:\n  - id: s\n    kind: ratio\n");
        Expect(d, "OC020", "rules.yaml", 2, 5);
        d.Single(x => x.Code == "OC020").Message.Should().Contain("sum, share, growth");
    }

    [TestCase("1,008.4", "thousands separator", TestName = "value 1,008.4 is refused")]
    [TestCase("１００８.４", "full-width", TestName = "value with full-width digits is refused")]
    [TestCase("NaN", "not a number", TestName = "value NaN is refused")]
    [TestCase("1e400", "exponent", TestName = "value 1e400 is refused")]
    [TestCase("1234567890123456789012345678901234567890", "40 digits", TestName = "value with 40 digits is refused")]
    public void Values_not_written_as_a_report_writes_them(string value, string why)
    {
        var (_, d) = RawReport.Load(source: $"Test\nX {value} 亿美元\n", facts: Fact("x", value, "亿美元", 2, $"X {value} 亿美元"));
        Expect(d, "OC013", "facts.yaml", 3, 12);
        d.Single(x => x.Code == "OC013").Message.Should().Contain(why);
    }

    [Test]
    public void A_quote_not_in_the_report_is_an_input_error_with_a_hint()
    {
        var (_, d) = RawReport.Load(facts: Fact("a", "100.0", "亿美元", 4, "A 100.0 亿美元").Replace("line: 4", "line: 5"));
        // line 5 is 3 lines from line 2: outside the slack of two lines
        Expect(d, "OC017", "facts.yaml", 6, 12);
        d.Single(x => x.Code == "OC017").Message.Should().Contain("it occurs at line 2");
    }

    [Test]
    public void A_quote_that_does_not_contain_the_value_is_an_input_error()
    {
        var (_, d) = RawReport.Load(facts: Fact("a", "10.0", "亿美元", 2, "A 100.0 亿美元"));
        Expect(d, "OC018", "facts.yaml", 3);
    }

    [Test]
    public void A_quote_with_a_control_character_is_refused()
    {
        var (_, d) = RawReport.Load(facts: Fact("a", "100.0", "亿美元", 2, "A 100.0\\u0007 亿美元"));
        Expect(d, "OC019", "facts.yaml", 6);
    }

    [Test]
    public void Anchors_and_aliases_are_refused_so_an_alias_bomb_cannot_expand()
    {
        var bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 1; i < 9; i++) bomb.Append($"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)},*{(char)('a' + i - 1)}]\n");
        var (_, d) = RawReport.Load(facts: bomb.ToString());
        Expect(d, "OC032", "facts.yaml", 1);
    }

    [Test]
    public void A_cycle_through_derived_quantities_is_reported()
    {
        var (_, d) = RawReport.Load(rules: "derived:\n  - id: x\n    expr: y + a\n  - id: y\n    expr: x - b\n");
        Expect(d, "OC025", "rules.yaml", 2);
        d.Single(x => x.Code == "OC025").Message.Should().Contain("x -> y -> x");
    }

    [Test]
    public void A_folder_without_facts_is_reported()
    {
        var (_, d) = RawReport.Load(facts: "facts: []\n");
        d.Should().Contain(x => x.Code == "OC028");
    }

    [Test]
    public void Every_error_of_a_run_is_reported_not_only_the_first()
    {
        var facts = "facts:\n  - id: a\n    value: 1,0\n    unit: 亿美元\n    line: 2\n    quote: A 100.0 亿美元\n"
                  + "  - id: b\n    value: 50.0\n    unit: 斤\n    line: 3\n    quote: B 50.0 亿美元\n";
        var (_, d) = RawReport.Load(facts: facts, rules: "rules:\n  - id: s\n    kind: nope\n");
        d.Select(x => x.Code).Should().Contain(["OC013", "OC014"]);
    }

    [Test]
    public void A_file_over_the_size_limit_is_refused_before_parsing()
    {
        var big = new string('#', (int)OutsourcingChecks.Loading.YamlFile.MaxBytes + 10);
        var (_, d) = RawReport.Load(facts: big);
        Expect(d, "OC031", "facts.yaml", 1);
    }

    [Test]
    public void Bad_input_never_changes_any_file()
    {
        var (dir, d) = RawReport.Load(facts: "facts:\n  - id: a\n    value: [1, 2\n");
        d.Should().NotBeEmpty();
        File.ReadAllText(Path.Combine(dir, "facts", "facts.yaml")).Should().Be("facts:\n  - id: a\n    value: [1, 2\n");
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Should().HaveCount(2);
    }
}
