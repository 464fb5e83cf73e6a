using FluentAssertions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>Chapters are found from the 第N章 headings of the report text; a line belongs to the last heading before it.</summary>
[TestFixture]
public class ChaptersTests
{
    private static readonly ChapterMap Demo = ChapterMap.Of(SourceText.FromText("source.txt", ReviewFixture.Source));

    [Test]
    public void A_heading_repeated_after_the_table_of_contents_counts_where_the_chapter_starts()
    {
        Demo.All.Select(c => (c.Number, c.FirstLine)).Should().Equal((1, 5), (2, 10));
        Demo.All[0].Heading.Should().Be("第一章 总览");
    }

    [TestCase(1, null, TestName = "a line before every heading is in no chapter")]
    [TestCase(5, 1, TestName = "the heading line is in its own chapter")]
    [TestCase(9, 1, TestName = "a line after a heading is in that chapter")]
    [TestCase(12, 2, TestName = "a line after the next heading is in the next chapter")]
    public void Line_to_chapter(int line, int? chapter) => Demo.At(line)?.Number.Should().Be(chapter);

    [Test]
    public void A_sentence_that_starts_with_a_chapter_reference_is_not_a_heading()
    {
        var text = "第一章 概况\n第三章将在后文中详细介绍信息技术服务外包的发展情况和主要特点，以及各地区的布局与趋势。\n";
        ChapterMap.Of(SourceText.FromText("s", text)).All.Select(c => c.Number).Should().Equal(1);
    }
}
