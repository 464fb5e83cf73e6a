using FluentAssertions;
using OutsourcingChecks.Drafts;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Drafts;

[TestFixture]
public class AnchorTests
{
    private static Anchoring Find(string oldText, string newText, string quote, string? written, int line) =>
        Anchor.Find(new Flow(SourceText.FromText("old", oldText)), new Flow(SourceText.FromText("new", newText)), quote, written, line);

    [Test]
    public void A_number_of_a_table_row_is_told_from_its_neighbours()
    {
        const string row = "表头\n东部地区 454.3 523.1 584.0\n";
        Find(row, row, "523.1", "523.1", 2).Should().Be(new Anchoring(AnchorStatus.Unchanged, 2, "523.1", "523.1", "表头东部地区454.3 ".Length));
        Find(row, "表头\n东部地区 454.3 532.1 584.0\n", "523.1", "523.1", 2).Should().Be(new Anchoring(AnchorStatus.Changed, 2, "532.1", "532.1", "表头东部地区454.3 ".Length));
    }

    [Test]
    public void A_quote_that_fits_two_places_is_anchored_where_its_context_is()
    {
        const string text = "国家和地区达\n21 个，比上年增加 4个；超过 1亿美元的国家和地区达 77 个。";
        Find(text, text, "国家和地区达21 个", "21", 2).Status.Should().Be(AnchorStatus.Unchanged);
    }

    [Test]
    public void A_number_glued_to_a_footnote_mark_is_not_read_as_changed()
    {
        const string text = "新增国际认证11814个，同比增长 22.2%。";
        Find(text, text, "1814个，同比增长", "1814", 1).Status.Should().Be(AnchorStatus.Unchanged);
    }

    [Test]
    public void A_negative_number_in_a_table_row_is_found() =>
        Find("贵州省 6.5 1.2 -17.2 0.1\n", "贵州省 6.5 1.2 -17.2 0.1\n", "-17.2", "-17.2", 1).Status.Should().Be(AnchorStatus.Unchanged);

    [Test]
    public void Another_number_of_the_quote_may_change_without_unsettling_the_figure()
    {
        var a = Find("执行额 2264.8 亿美元，同比\n\n增长 29.2%，是自 2014 年以来的最高增速。\n",
                     "执行额 2274.8 亿美元，同比\n\n增长 29.2%，是自 2014 年以来的最高增速。\n", "2264.8 亿美元，同比增长 29.2%", "29.2", 3);
        a.Status.Should().Be(AnchorStatus.Unchanged);
        a.Quote.Should().Be("2274.8亿美元，同比增长29.2%");
    }

    [Test]
    public void A_quote_whose_words_are_gone_is_not_found_and_its_context_gives_the_likely_line()
    {
        var a = Find("第一段。\n\n执行额增长 29.2%，创新高。\n\n第三段落在这里。\n", "第一段。\n\n另起一行。\n\n第三段落在这里。\n", "执行额增长 29.2%", "29.2", 3);
        a.Status.Should().Be(AnchorStatus.Deleted);
        a.Line.Should().BeInRange(3, 5, "the text after the deleted sentence now starts on line 3 and 5");
    }
}
