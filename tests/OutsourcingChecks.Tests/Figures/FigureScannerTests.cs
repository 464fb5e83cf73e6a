using FluentAssertions;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Figures;

[TestFixture]
public class FigureScannerTests
{
    private static IReadOnlyList<Figure> Scan(string text) => FigureScanner.Scan(SourceText.FromText("t.txt", text));

    private static IEnumerable<string> Texts(string text) => Scan(text).Select(f => f.Text);

    [Test]
    public void A_number_with_its_unit_is_a_figure_with_line_and_column()
    {
        var f = Scan("标题\n执行额 2264.8 亿美元，同比增长 29.2%。").Should().HaveCount(2).And.Subject.First();
        f.Number.Should().Be("2264.8");
        f.Value.Should().Be(2264.8m);
        f.Unit.Should().Be("亿美元");
        f.Line.Should().Be(2);
        f.Column.Should().Be(5);
    }

    [Test]
    public void The_longest_unit_is_read() =>
        Texts("提高 3.7 个百分点，约 1.1 万亿人民币，4.5万亿美元，120 万人").Should().Equal("3.7个百分点", "1.1万亿人民币", "4.5万亿美元", "120万人");

    [Test]
    public void A_unit_split_from_its_number_by_a_line_break_and_blank_lines_still_counts()
    {
        var f = Scan("西部地区执行额 53.1\n\n亿美元，同比增长 34.0%").First();
        f.Text.Should().Be("53.1亿美元");
        f.Line.Should().Be(1);
    }

    [Test]
    public void A_unit_wrapped_inside_itself_still_counts() =>
        Texts("执行额 53.1 亿美\n\n元").Should().Equal("53.1亿美元");

    [Test]
    public void A_number_far_from_any_unit_is_not_a_figure() =>
        Texts("规模为 20\n\n\n\n\n\n\n\n\n\n亿美元").Should().BeEmpty();

    [Test]
    public void Full_width_digits_point_and_percent_are_read_as_ASCII()
    {
        var f = Scan("增长２９．２％").Single();
        f.Number.Should().Be("29.2");
        f.Value.Should().Be(29.2m);
        f.Unit.Should().Be("%");
    }

    [Test]
    public void A_footnote_digit_written_right_after_a_unit_is_not_part_of_a_number() =>
        Texts("增长 30.9%1，执行额 20 亿美元2 家企业").Should().Equal("30.9%", "20亿美元");

    [Test]
    public void A_year_followed_by_a_number_is_not_a_footnote() =>
        Texts("2021年5家企业").Should().Equal("2021年", "5家");

    [TestCase("承接三成业务", "三成", 3)]
    [TestCase("占比近四成", "四成", 4)]
    [TestCase("保持两位数增长", "两位数", 2)]
    [TestCase("新增五家企业", "五家", 5)]
    [TestCase("十五个城市", "十五个", 15)]
    [TestCase("二十三项认证", "二十三项", 23)]
    public void A_Chinese_numeral_with_a_unit_is_a_figure(string text, string figure, decimal value)
    {
        var f = Scan(text).Single();
        f.Text.Should().Be(figure);
        f.Value.Should().Be(value);
        f.IsChinese.Should().BeTrue();
    }

    [TestCase("是一个重要的里程碑")]
    [TestCase("2021 年上半年")]
    [TestCase("排名第三个")]
    [TestCase("“十四五”规划")]
    [TestCase("B2B 平台，5G 网络")]
    public void Words_ordinals_and_codes_are_not_figures(string text) =>
        Scan(text).Where(f => f.IsChinese || f.Unit != "年").Should().BeEmpty();

    [Test]
    public void The_first_year_of_a_range_takes_the_unit_of_the_second() =>
        Texts("图 1-1 2016－2021年中国服务外包执行额").Should().Equal("2016年", "2021年");

    [Test]
    public void The_numbers_of_a_list_take_the_unit_after_the_last() =>
        Texts("登记数量分别为 816、1007、1490 个，同比分别增长 4.2%、14.1%").Should().Equal("816个", "1007个", "1490个", "4.2%", "14.1%");

    [Test]
    public void Duo_between_a_number_and_its_unit_is_read_past() =>
        Texts("资助 5700 多项，20 多年来").Should().Equal("5700项", "20年");

    [Test]
    public void The_decimals_of_a_ratio_are_figures_even_across_a_line_break() =>
        Texts("结构比例从 49.9：18.3：\n\n31.8 调整").Should().Equal("49.9：", "18.3：", "31.8：");

    [Test]
    public void Every_number_in_the_body_of_a_table_is_a_figure_of_that_table()
    {
        var figures = Scan("表 3-1 2021 年执行额\n金额单位：亿美元\n东部地区 454.3 523.1\n数据来源：商务部 2022\n正文 17 行");
        figures.Where(f => f.Table is not null).Select(f => f.Number).Should().Equal("454.3", "523.1");
        figures.Where(f => f.Table is not null).Should().OnlyContain(f => f.Table!.Caption.StartsWith("表 3-1"));
    }

    [Test]
    public void A_table_numbered_without_a_chapter_is_a_table_too()
    {
        var figures = Scan("表 1 2023 年执行额构成\n类别 执行额（亿美元）\nITO 40.0\n数据来源：商务局");
        figures.Where(f => f.IsTableCell).Select(f => (f.Number, f.Table!.Caption)).Should().Equal(("40.0", "表 1 2023 年执行额构成"));
    }

    [Test]
    public void A_table_without_a_source_line_ends_where_the_text_resumes()
    {
        var figures = Scan("表 1 2023 年执行额构成\n类别 执行额（亿美元，%）\nITO 40.0 50.0\n\n其中 ITO 执行额为 40.0，占 50.0%。\n");
        figures.Where(f => f.IsTableCell).Select(f => (f.Line, f.Number)).Should().Equal((3, "40.0"), (3, "50.0"));
    }

    [Test]
    public void Each_figure_spans_its_number_and_unit_in_the_text()
    {
        var text = "执行额 53.1 亿美\n\n元，增长 5%";
        var lined = new LinedText(SourceText.FromText("t.txt", text));
        var f = FigureScanner.Scan(lined).First();
        lined.Text[f.Start..f.End].Should().Be("53.1 亿美\n\n元");
    }

    [Test]
    public void A_number_too_long_for_a_decimal_is_no_figure() =>
        Texts("规模 79228162514264337593543950336亿美元，增长 5.0%").Should().Equal("5.0%");

    private static OutsourcingChecks.Model.UnitRegistry Declared()
    {
        var b = new OutsourcingChecks.Model.UnitRegistry.Builder("units.yaml");
        b.Declare("人次", OutsourcingChecks.Model.Dimension.Of("person-times"), 1m);
        b.Declare("间", OutsourcingChecks.Model.Dimension.Of("rooms"), 1m);
        return b.Build();
    }

    private const string Tourism = "接待游客 1268.35 万人次，入境 2.1 亿人次，客房 4820 间，收入 3260 百万美元";

    [Test]
    public void The_units_a_report_declares_are_read_after_a_number_with_their_scale_words() =>
        FigureScanner.Scan(SourceText.FromText("t.txt", Tourism), Declared()).Select(f => f.Text)
            .Should().Equal("1268.35万人次", "2.1亿人次", "4820间", "3260百万美元");

    [Test]
    public void Without_the_declaration_人次_is_not_a_unit_and_间_no_figure() =>
        Texts(Tourism).Should().Equal("1268.35万人", "2.1亿人", "3260百万美元");

    [Test]
    public void A_declared_unit_read_across_a_line_break_is_found_in_the_registry_with_its_dimension_and_scale()
    {
        var units = Declared();
        var source = SourceText.FromText("t.txt", "接待游客 1268.35 万人次，过夜游客 412.60 万人\n次");
        var found = FigureScanner.Scan(source, units);
        found.Select(f => (f.Number, f.Unit, units.Find(f.Unit)!.Dimension.ToString(), units.Find(f.Unit)!.Scale))
            .Should().Equal(("1268.35", "万人次", "person-times", 1e4m), ("412.60", "万人次", "person-times", 1e4m));
    }
}
