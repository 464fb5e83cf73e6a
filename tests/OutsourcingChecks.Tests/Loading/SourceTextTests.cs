using FluentAssertions;
using FsCheck.Fluent;
using OutsourcingChecks.Loading;
using Config = FsCheck.Config;

namespace OutsourcingChecks.Tests.Loading;

/// <summary>Finding a quote near its line: whitespace ignored, within two lines, and only near the line.</summary>
[TestFixture]
public class SourceTextTests
{
    private static readonly SourceText Text = SourceText.FromText("source.txt", "title\n执行额 2264.8\n亿美元，同比\n增长 29.2%\n\n\nA 100.0 亿美元\n");

    [TestCase("执行额 2264.8 亿美元", 2, true, TestName = "a quote wrapped over two lines is found")]
    [TestCase("执行额2264.8亿美元", 4, true, TestName = "a quote is found from two lines below")]
    [TestCase("执行额 2264.8 亿美元", 5, true, TestName = "a quote ending two lines above is near")]
    [TestCase("执行额 2264.8 亿美元", 6, false, TestName = "a quote ending three lines above is not near")]
    [TestCase("A 100.0 亿美元", 5, true, TestName = "a quote two lines below is near")]
    [TestCase("A 100.0 亿美元", 4, false, TestName = "a quote three lines below is not near")]
    [TestCase("A 100.0 亿美元", 9, true, TestName = "a line past the end still finds the last lines within the slack")]
    [TestCase("   ", 2, false, TestName = "an empty quote is never found")]
    public void A_quote_occurs_near_its_line(string quote, int line, bool expected) =>
        Text.OccursNear(quote, line).Should().Be(expected);

    [TestCase("执行额 2264.8 亿美元", new[] { 2, 3 }, TestName = "an occurrence spans the lines of its first and last characters")]
    [TestCase("增长29.2%A100.0", new[] { 4, 7 }, TestName = "blank lines inside an occurrence are spanned, not counted as its ends")]
    [TestCase("A", new[] { 7, 7 }, TestName = "a character after blank lines is on its own line")]
    [TestCase("e执", new[] { 1, 2 }, TestName = "the first line's last character and the next line's first")]
    public void Every_occurrence_gives_its_first_and_last_line(string quote, int[] expected) =>
        Text.Occurrences(quote).Should().Equal((expected[0], expected[1]));

    /// <summary>The windowed search gives what scanning every occurrence gives.</summary>
    [Test]
    public void Searching_near_the_line_agrees_with_scanning_every_occurrence()
    {
        var cases =
            from lines in Gen.Choose(0, 12)
            from text in Gen.ArrayOf(Gen.Elements('a', 'b', ' ', '\n'), lines * 4).Select(cs => new string(cs))
            from quote in Gen.ArrayOf(Gen.Elements('a', 'b', ' '), 3).Select(cs => new string(cs))
            from line in Gen.Choose(-2, 16)
            from slack in Gen.Choose(0, 3)
            select (text, quote, line, slack);
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var source = SourceText.FromText("t", c.text);
            var scanned = source.Occurrences(c.quote).Any(o => o.Last >= c.line - c.slack && o.First <= c.line + c.slack);
            return source.OccursNear(c.quote, c.line, c.slack) == scanned;
        }));
    }
}
