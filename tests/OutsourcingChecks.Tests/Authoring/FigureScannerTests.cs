using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Authoring;

/// <summary>A figure is a number with a unit the loader knows; dates, document numbers and bare numbers are not.</summary>
[TestFixture]
public class FigureScannerTests
{
    private static IReadOnlyList<FoundFigure> Scan(string text)
    {
        var lined = new LinedText(SourceText.FromText("t.txt", text));
        return FigureScanner.Scan(lined, 1, lined.LineCount);
    }

    [Test]
    public void A_number_with_a_unit_is_a_figure_with_its_line_and_column()
    {
        var f = Scan("标题\n执行额 2264.8 亿美元，同比增长 29.2%\n").Select(f => (f.Written, f.Unit.Symbol, f.Line, f.Column));
        f.Should().Equal(("2264.8", "亿美元", 2, 5), ("29.2", "%", 2, 21));
    }

    [Test]
    public void The_longest_unit_wins()
    {
        Scan("约 1.1 万亿人民币，提高 3.7 个百分点，37 个城市").Select(f => f.Unit.Symbol).Should().Equal("万亿人民币", "个百分点", "个");
    }

    [Test]
    public void A_unit_broken_across_lines_by_the_extraction_is_read_whole()
    {
        var f = Scan("业务运营服务外包执行额 315.0 亿美\n\n元，同比增长 29.1%").First();
        (f.Written, f.Unit.Symbol, f.Line).Should().Be(("315.0", "亿美元", 1));
    }

    [TestCase("2021 年，中国", TestName = "A year before 年 is a date")]
    [TestCase("（国发〔2021〕29 号）", TestName = "A document number is not a figure")]
    [TestCase("图 1-1 2016－2021年", TestName = "A figure caption is not a figure")]
    [TestCase("比例从 49.9：18.3：31.8 调整", TestName = "A number without a unit is not a figure")]
    [TestCase("第 3 位", TestName = "An ordinal is not a figure")]
    public void Not_a_figure(string text) => Scan(text).Should().BeEmpty();

    [Test]
    public void A_full_width_percent_sign_reads_as_percent() =>
        Scan("增长 5.2％").Single().Unit.Symbol.Should().Be("%");

    [Test]
    public void A_lower_bound_after_the_unit_is_kept_with_the_figure() =>
        Scan("企业 500 家以上。").Single().AtLeastAfter.Should().BeTrue();

    [Test]
    public void A_unit_the_report_declares_is_read_with_its_dimension_and_scale()
    {
        var b = new OutsourcingChecks.Model.UnitRegistry.Builder("units.yaml");
        b.Declare("人次", OutsourcingChecks.Model.Dimension.Of("person-times"), 1m);
        var lined = new LinedText(SourceText.FromText("t.txt", "接待游客 1268.35 万人次，过夜游客 412.60 万人\n次"));
        var found = FigureScanner.Scan(lined, 1, lined.LineCount, b.Build());
        found.Select(f => (f.Written, f.Unit.Symbol, f.Unit.Dimension.ToString(), f.Unit.Scale))
            .Should().Equal(("1268.35", "万人次", "person-times", 1e4m), ("412.60", "万人次", "person-times", 1e4m));
    }
}
