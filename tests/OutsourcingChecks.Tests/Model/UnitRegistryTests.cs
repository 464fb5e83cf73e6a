using FluentAssertions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Model;

/// <summary>
/// A unit is an exact scale times a dimension: a built-in symbol, a scale word before a currency, a
/// counter or a declared unit, or one unit per another. Declarations add base units and exact
/// conversions, never one between two currencies.
/// </summary>
[TestFixture]
public class UnitRegistryTests
{
    private static readonly UnitRegistry BuiltIn = UnitRegistry.BuiltIn;

    private static UnitRegistry.Builder Declaring() => new("units.yaml");

    [TestCase("亿美元", "USD", "100000000")]
    [TestCase("%", "1", "0.01")]
    [TestCase("万人", "person", "10000")]
    [TestCase("百万美元", "USD", "1000000", TestName = "a scale word before a currency: 百万美元 is 10^6 美元")]
    [TestCase("十亿元", "CNY", "1000000000")]
    [TestCase("千家", "count", "1000", TestName = "a scale word before a counter")]
    [TestCase("千万人", "person", "10000000")]
    [TestCase("元/人", "CNY/person", "1", TestName = "one unit per another: 元/人")]
    [TestCase("万元/人", "CNY/person", "10000")]
    [TestCase("亿元/万人", "CNY/person", "10000", TestName = "亿元 per 万人 is 10^4 元 per 人")]
    [TestCase("元/万人", "CNY/person", "0.0001")]
    [TestCase("元／人", "CNY/person", "1", TestName = "a full-width slash writes per too")]
    [TestCase(" 美元 / 人 ", "USD/person", "1", TestName = "spaces around the units and the slash")]
    [TestCase("元/美元", "CNY/USD", "1", TestName = "an exchange rate's unit")]
    [TestCase("人/年", "person/year", "1")]
    public void A_unit_is_a_scale_times_a_dimension(string text, string dimension, string scale)
    {
        var unit = BuiltIn.Find(text);
        unit.Should().NotBeNull(text);
        unit!.Dimension.ToString().Should().Be(dimension);
        unit.Scale.Should().Be(decimal.Parse(scale, System.Globalization.CultureInfo.InvariantCulture));
        unit.Symbol.Should().Be(text.Trim(), "a fact shows its unit as written");
    }

    [TestCase("万万美元", TestName = "a scale word goes before a unit at scale 1 only, not before 万美元")]
    [TestCase("万%", TestName = "not before a percentage")]
    [TestCase("千年", TestName = "not before 年")]
    [TestCase("百倍", TestName = "not before 倍")]
    [TestCase("元/元", TestName = "a ratio of alikes is written %, 倍 or 成, not 元/元")]
    [TestCase("%/年", TestName = "a percentage per something is not a unit")]
    [TestCase("元/人/年", TestName = "one slash at most")]
    [TestCase("元/", TestName = "per nothing")]
    [TestCase("/人", TestName = "nothing per")]
    [TestCase("人次", TestName = "人次 is declared by a report, not built in")]
    [TestCase("斤")]
    [TestCase("亿 美元", TestName = "a space inside a unit")]
    public void Text_that_names_no_unit_is_not_found(string text) => BuiltIn.Find(text).Should().BeNull();

    [Test]
    public void Scales_convert_exactly_across_万_and_亿()
    {
        (10000m * BuiltIn.Find("万美元")!.Scale).Should().Be(BuiltIn.Find("亿美元")!.Scale);
        (10000m * BuiltIn.Find("亿元")!.Scale).Should().Be(BuiltIn.Find("万亿元")!.Scale);
        (100m * BuiltIn.Find("百万美元")!.Scale).Should().Be(BuiltIn.Find("亿美元")!.Scale);
        BuiltIn.Find("万元/人")!.Scale.Should().Be(BuiltIn.Find("亿元/万人")!.Scale);
    }

    [Test]
    public void A_declared_base_unit_takes_scale_words_and_divides()
    {
        var b = Declaring();
        b.Declare("人次", Dimension.Of("person-times"), 1m).Should().BeNull();
        var units = b.Build();
        units.Find("万人次").Should().Be(new Unit("万人次", Dimension.Of("person-times"), 1e4m));
        units.Find("元/人次")!.Dimension.ToString().Should().Be("CNY/person-times");
        units.Find("亿元/万人次")!.Scale.Should().Be(1e4m);
        units.Declared.Should().Equal("人次");
        units.Symbols.Should().Contain(["亿美元", "人次"]);
        units.ScannedForms.Should().Contain(["人次", "万人次", "亿人次", "百万美元"]);
    }

    [Test]
    public void Person_times_and_persons_are_different_quantities()
    {
        var b = Declaring();
        b.Declare("人次", Dimension.Of("person-times"), 1m);
        var units = b.Build();
        units.Find("万人次")!.Dimension.Should().NotBe(units.Find("万人")!.Dimension);
    }

    [Test]
    public void A_conversion_is_an_exact_multiple_of_a_known_unit()
    {
        var b = Declaring();
        b.Declare("千克", Dimension.Of("mass"), 1m).Should().BeNull();
        b.Declare("吨", Dimension.Of("mass"), 1000m).Should().BeNull();
        var units = b.Build();
        units.Find("万吨")!.Scale.Should().Be(1e7m, "万吨 is 10^4 吨 of 1000 千克");
        units.Find("美元/吨")!.Scale.Should().Be(0.001m, "per 吨 is per 1000 千克");
    }

    [Test]
    public void A_unit_per_unit_whose_scale_is_no_exact_decimal_is_refused_rather_than_rounded()
    {
        var b = Declaring();
        b.Declare("亩", Dimension.Of("area"), 1m);
        b.Declare("平方米", Dimension.Of("area"), 0.0015m);
        var units = b.Build();
        units.Find("元/亩").Should().NotBeNull();
        units.Find("元/平方米").Should().BeNull("1 / 0.0015 is 666.66…, which no decimal holds exactly");
    }

    [Test]
    public void Declaring_a_known_unit_again_as_it_is_is_allowed_and_otherwise_refused()
    {
        var b = Declaring();
        b.Declare("人", Dimension.Of("person"), 1m).Should().BeNull();
        b.Declare("人次", Dimension.Of("person-times"), 1m).Should().BeNull();
        b.Declare("万人次", Dimension.Of("person-times"), 1e4m).Should().BeNull("万人次 is already 10^4 人次");
        b.Declare("万人", Dimension.Of("person-times"), 1m).Should().Contain("already a unit (10000 person)");
        b.Build().Declared.Should().Equal("人次");
    }

    [TestCase("万", TestName = "a scale word is not a unit")]
    [TestCase("元/人", TestName = "a unit per unit needs no declaration")]
    [TestCase("m2", TestName = "no digits")]
    [TestCase("床 位", TestName = "no spaces")]
    public void Some_symbols_cannot_be_declared(string symbol) =>
        Declaring().Declare(symbol, Dimension.Of("thing"), 1m).Should().NotBeNull();

    [Test]
    public void No_conversion_joins_two_currencies_but_a_power_of_ten_of_one_is_a_unit()
    {
        var b = Declaring();
        b.Declare("港元", Dimension.Of("HKD"), 1m).Should().BeNull("a new currency is a base of its own");
        b.Declare("角", Dimension.Of("CNY"), 0.1m).Should().BeNull("角 is a tenth of 元");
        b.Declare("美金", Dimension.Of("USD"), 1m).Should().BeNull();
        b.Declare("人民币元", Dimension.Of("CNY"), 7.05m).Should().Contain("exchange rate");
        b.Declare("港币每人", Dimension.Of("HKD").Over(Dimension.Of("person")), 0.9m).Should().Contain("exchange rate");
    }

    [TestCase("HKD")]
    [TestCase("person-times")]
    [TestCase("beds")]
    [TestCase("floor-area2")]
    public void Dimension_names_a_report_may_declare(string name) => UnitRegistry.IsValidDimensionName(name).Should().BeTrue();

    [TestCase("Person")]
    [TestCase("USDX")]
    [TestCase("person times")]
    [TestCase("-beds")]
    [TestCase("")]
    public void Dimension_names_a_report_may_not_declare(string name) => UnitRegistry.IsValidDimensionName(name).Should().BeFalse();

    [Test]
    public void An_unknown_unit_is_excused_only_when_a_declaration_of_it_failed()
    {
        var b = Declaring();
        b.Unsure("人次");
        var units = b.Build();
        units.Excuses("万人次").Should().BeTrue();
        units.Excuses("元/人次").Should().BeTrue();
        units.Excuses("斤").Should().BeFalse();
        var unreadable = Declaring();
        unreadable.UnsureOfAll();
        unreadable.Build().Excuses("斤").Should().BeTrue();
    }

    [Test]
    public void The_built_in_units_and_their_table_are_unchanged_for_a_report_that_declares_none()
    {
        BuiltIn.Declared.Should().BeEmpty();
        Units.Symbols.Should().HaveCount(38).And.StartWith(["美元", "万美元", "亿美元", "万亿美元"]);
        BuiltIn.ScannedForms.Should().NotContain(["万万美元", "百万%", "千年"]);
    }
}
