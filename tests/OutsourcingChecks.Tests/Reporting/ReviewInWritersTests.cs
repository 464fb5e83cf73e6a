using FluentAssertions;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>The HTML and Markdown reports carry the verdict and the suggested correction of each discrepancy.</summary>
[TestFixture]
public class ReviewInWritersTests
{
    // 191.5 should read 197.5: the sum and the share both fail, and only that figure mends both.
    private static OutsourcingChecks.Evaluation.CheckRun Mistyped()
    {
        var (run, diagnostics) = new TestReport()
            .Fact("total", "1014.4").Fact("rd", "797.6").Fact("ops", "191.5").Fact("other", "19.3").Fact("ops.share", "19.5", "%")
            .Rule("id: sum.ito\nkind: sum\nparts: [rd, ops, other]\ntotal: total")
            .Rule("id: share.ops\nkind: share\npart: ops\nwhole: total\nshare: ops.share")
            .Check();
        diagnostics.Should().BeEmpty();
        return run!;
    }

    [Test]
    public void The_html_report_suggests_the_mistyped_figure_and_its_correction()
    {
        var html = HtmlReport.Render([Mistyped()]);
        html.Should().Contain("suggested correction").And.Contain("ops: 191.5 → 197.5");
        html.Should().Contain("verdict").And.Contain("inconsistent, off by");
    }

    [Test]
    public void The_markdown_report_suggests_the_mistyped_figure_and_its_correction()
    {
        var md = MarkdownReport.Render([Mistyped()]);
        md.Should().Contain("**Suggested correction:**").And.Contain("197.5");
        md.Should().Contain("**Verdict:** inconsistent");
    }
}
