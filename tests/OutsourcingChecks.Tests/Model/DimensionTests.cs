using FluentAssertions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Tests.Model;

/// <summary>
/// Dimensions multiply and divide as base names with exponents; a pure number changes nothing,
/// a quantity over its own kind is a pure ratio.
/// </summary>
[TestFixture]
public class DimensionTests
{
    private static readonly Dimension Usd = Dimension.Of("USD");
    private static readonly Dimension Person = Dimension.Of("person");

    [Test]
    public void A_pure_number_times_or_over_leaves_a_dimension_as_it_is()
    {
        Usd.Times(Dimension.None).Should().Be(Usd);
        Usd.Over(Dimension.None).Should().Be(Usd);
        Dimension.None.Times(Usd).Should().Be(Usd);
    }

    [Test]
    public void A_pure_number_over_a_dimension_is_its_inverse()
    {
        var perUsd = Dimension.None.Over(Usd);
        perUsd.IsNone.Should().BeFalse();
        perUsd.ToString().Should().Be("1/USD");
        perUsd.Times(Usd).Should().Be(Dimension.None);
    }

    [Test]
    public void A_quantity_over_its_own_kind_is_a_pure_ratio()
    {
        Usd.Over(Usd).IsNone.Should().BeTrue();
        Usd.Over(Person).Over(Usd.Over(Person)).Should().Be(Dimension.None);
    }

    [Test]
    public void Different_dimensions_combine_by_exponents()
    {
        var perPerson = Usd.Over(Person);
        perPerson.ToString().Should().Be("USD/person");
        perPerson.Times(Person).Should().Be(Usd);
        Usd.Times(Usd).Should().Be(Usd.Power(2));
        Usd.Over(Usd.Power(2)).Should().Be(Dimension.None.Over(Usd));
    }

    [Test]
    public void Its_text_puts_the_bases_with_negative_exponents_after_a_slash()
    {
        Usd.Power(2).Over(Person.Power(3)).ToString().Should().Be("USD^2/person^3");
        Usd.Over(Person.Times(Dimension.Of("year"))).ToString().Should().Be("USD/person·year");
        Dimension.None.ToString().Should().Be("1");
    }

    [Test]
    public void A_base_of_three_capital_letters_is_a_currency()
    {
        Usd.IsCurrency.Should().BeTrue();
        Dimension.Of("HKD").IsCurrency.Should().BeTrue();
        Person.IsCurrency.Should().BeFalse();
        Usd.Over(Person).IsCurrency.Should().BeFalse("an amount per person is not a bare currency");
        Usd.Over(Person).HasCurrency.Should().BeTrue();
        Usd.Over(Person).IsPerUnit.Should().BeTrue();
        Usd.IsPerUnit.Should().BeFalse();
    }
}
