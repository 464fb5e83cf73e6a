using FluentAssertions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Loading;

/// <summary>
/// units.yaml beside the facts declares the units a report writes beyond the built-in ones. It is
/// read before any fact, like every other input file, and each problem is reported with its
/// file:line:column, once: a fact in a unit whose declaration failed adds no error of its own.
/// </summary>
[TestFixture]
public class UnitsReaderTests
{
    private const string Source = "Test report\n接待游客 1268.35 万人次\n床位 8730 张\n";

    private const string Facts = """
        facts:
          - id: visits
            value: 1268.35
            unit: 万人次
            line: 2
            quote: 接待游客 1268.35 万人次
          - id: beds
            value: 8730
            unit: 张
            line: 3
            quote: 床位 8730 张
        """;

    private const string Declared = """
        units:
          - symbol: 人次
            dimension: person-times
          - symbol: 床位
            dimension: beds
            aliases: [张]
        """;

    private static (string Directory, IReadOnlyList<Diagnostic> Diagnostics) Load(string? units, string facts = Facts) =>
        RawReport.Load(facts: facts, source: Source, extra: units is null ? null : new Dictionary<string, string> { ["units.yaml"] = units });

    private static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code)
    {
        diagnostics.Select(d => d.Code).Should().Equal([code], string.Join("\n", diagnostics));
        return diagnostics[0];
    }

    [Test]
    public void Facts_in_declared_units_load_with_their_dimension_and_scale()
    {
        var dir = Load(Declared).Directory;
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(Path.Combine(dir, "facts"), Path.Combine(dir, "rules"), Path.Combine(dir, "facts", "source.txt")));
        diagnostics.Should().BeEmpty();
        var visits = report!.Facts.Single(f => f.Id == "visits");
        visits.Unit.Dimension.ToString().Should().Be("person-times");
        visits.Canonical.Lo.Should().Be(12683450m, "1268.35 万人次 stands for 1268.345-1268.355 × 10^4 人次");
        report.Facts.Single(f => f.Id == "beds").Unit.Dimension.ToString().Should().Be("beds", "张 is an alias of 床位");
        report.Units.Declared.Should().Equal("人次", "床位", "张");
    }

    [Test]
    public void An_undeclared_unit_is_an_error_at_the_facts_unit_with_a_hint_to_declare_it()
    {
        var (_, diagnostics) = Load(null);
        diagnostics.Select(d => d.Code).Should().Equal("OC014", "OC014");
        var first = diagnostics[0];
        first.Location.File.Should().EndWith("facts.yaml");
        (first.Location.Line, first.Location.Column).Should().Be((4, 11));
        first.Message.Should().StartWith("fact 'visits': unknown unit '万人次'").And.Contain("declare a new unit in").And.EndWith("units.yaml");
    }

    [Test]
    public void A_conversion_names_a_unit_declared_above_it()
    {
        var d = Single(Load("units:\n  - symbol: 吨\n    equals: 1000 千克\n  - symbol: 千克\n    dimension: mass\n", Facts.Replace("unit: 万人次", "unit: 亿元", StringComparison.Ordinal).Replace("unit: 张", "unit: 家", StringComparison.Ordinal)).Diagnostics, "OC014");
        d.Location.File.Should().EndWith("units.yaml");
        (d.Location.Line, d.Location.Column).Should().Be((3, 13));
        d.Message.Should().StartWith("unit '吨': unknown unit '千克'");
    }

    [Test]
    public void A_symbol_that_is_already_a_unit_is_refused_where_it_is_declared()
    {
        var d = Single(Load(Declared + "\n  - symbol: 万人\n    dimension: crowds\n").Diagnostics, "OC027");
        (d.Location.Line, d.Location.Column).Should().Be((7, 13));
        d.Message.Should().Contain("'万人' is already a unit (10000 person)");
    }

    [Test]
    public void An_exchange_rate_is_refused_as_a_unit_with_the_way_to_use_one()
    {
        var d = Single(Load(Declared + "\n  - symbol: 美金\n    equals: 7.05 元\n").Diagnostics, "OC027");
        d.Message.Should().Contain("currencies stay apart").And.Contain("state it as a fact");
    }

    [Test]
    public void A_units_section_elsewhere_than_units_yaml_says_where_it_belongs()
    {
        var d = Single(Load(Declared, Facts + "\n" + Declared).Diagnostics, "OC027");
        d.Location.File.Should().EndWith("facts.yaml");
        d.Message.Should().Contain("declare units in").And.Contain("units.yaml");
    }

    [Test]
    public void A_failed_declaration_is_reported_once_not_again_for_every_fact_in_that_unit()
    {
        var diagnostics = Load("units:\n  - symbol: 人次\n    dimension: Person Times\n  - symbol: 床位\n    dimension: beds\n    aliases: [张]\n").Diagnostics;
        var d = Single(diagnostics, "OC027");
        d.Location.File.Should().EndWith("units.yaml");
        d.Message.Should().Contain("'Person Times' is not a dimension name");
    }

    [Test]
    public void An_unreadable_units_file_is_reported_and_hides_no_other_error_but_the_units()
    {
        var diagnostics = Load("units:\n  - symbol: [人次\n").Diagnostics;
        Single(diagnostics, "OC005").Location.File.Should().EndWith("units.yaml");
    }

    [Test]
    public void Every_problem_of_the_file_is_reported_at_once()
    {
        var diagnostics = Load("units:\n  - symbol: 人次\n  - symbol: 床位\n    dimension: beds\n    aliases: [张]\n    colour: red\nfigures: []\n").Diagnostics;
        diagnostics.Select(d => (d.Code, d.Location.Line)).Should().BeEquivalentTo([("OC010", 2), ("OC009", 6), ("OC008", 7)]);
    }
}
