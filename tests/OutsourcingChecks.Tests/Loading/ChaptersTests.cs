using FluentAssertions;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Loading;

[TestFixture]
public class ChaptersTests
{
    private static IReadOnlyList<Chapter> Of(string text) => Chapters.Of(SourceText.FromText("t.txt", text));

    [Test]
    public void Headings_with_Chinese_or_Arabic_numbers_start_chapters_and_the_lines_before_are_front_matter() =>
        Of("前言\n 第一章 概况\n正文\n第十五章 接包国\n正文\n第 16 章 附录\n").Select(c => (c.Number, c.FirstLine, c.LastLine))
            .Should().Equal((0, 1, 1), (1, 2, 3), (15, 4, 5), (16, 6, 6));

    [Test]
    public void A_sentence_that_mentions_a_chapter_is_not_a_heading() =>
        Of("第一章 概况\n第二章所述的内容，本章不再重复。\n").Select(c => c.Number).Should().Equal(1);

    [Test]
    public void A_table_of_contents_gives_way_to_the_heading_in_the_body() =>
        Of("目录\n第一章 概况\n第二章 展望\n正文\n第一章 概况\n文\n第二章 展望\n文\n").Select(c => (c.Number, c.FirstLine))
            .Should().Equal((0, 1), (1, 5), (2, 7));

    [TestCase("三", 3)]
    [TestCase("十", 10)]
    [TestCase("十五", 15)]
    [TestCase("二十三", 23)]
    [TestCase("一百零五", 105)]
    [TestCase("二〇二一", 2021)]
    public void Chinese_numerals_have_their_value(string text, int value) =>
        ChineseNumerals.Value(text).Should().Be(value);
}
