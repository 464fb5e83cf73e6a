using System.Diagnostics;
using System.Text.RegularExpressions;
using FluentAssertions;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>
/// The review report as a browser renders it: headless Chromium loads the file from disk, runs its
/// script, and dumps the resulting DOM. Skipped where no Chromium is installed (Debian: apt-get install chromium).
/// </summary>
[TestFixture]
[Category("Browser")]
public class HtmlRenderingTests
{
    private static readonly string[] Browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private string _browser = null!;
    private ReviewFixture _fixture = null!;
    private string _html = null!;
    private string _dom = null!;

    [OneTimeSetUp]
    public void RenderInChromium()
    {
        var browser = Browsers.Select(Find).FirstOrDefault(p => p is not null);
        if (browser is null) Assert.Ignore("no Chromium on this machine (Debian: apt-get install chromium)");
        _browser = browser!;
        _fixture = new ReviewFixture();
        _html = Path.Combine(_fixture.Root, "report.html");
        File.WriteAllText(_html, HtmlReport.Render([_fixture.Run()]));
        _dom = Dump("");
    }

    private string Dump(string hash) => Run(_browser, _fixture.Root, "--dump-dom", new Uri(_html).AbsoluteUri + hash);

    [TestCase("#chapter=r0c1", "inconsistent", TestName = "filtered by chapter 1, only its discrepancy shows")]
    [TestCase("#chapter=r0c2", "acknowledged", TestName = "filtered by chapter 2, only its discrepancy shows")]
    [TestCase("#status=acknowledged", "acknowledged", TestName = "filtered by status, only the acknowledged discrepancy shows")]
    public void The_filters_hide_the_other_discrepancies(string hash, string visible)
    {
        var dom = Dump(hash);
        dom.Should().Contain("<span id=\"shown\">1</span>");
        var articles = Regex.Matches(dom, "<article [^>]*>").Select(m => m.Value).ToList();
        articles.Where(a => !a.Contains("hidden", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain($"data-status=\"{visible}\"");
    }

    [Test]
    public void The_script_runs_and_counts_every_discrepancy_as_shown() =>
        _dom.Should().Contain("<span id=\"shown\">2</span>");

    [Test]
    public void The_discrepancy_list_is_rendered_with_no_entry_hidden()
    {
        var articles = Regex.Matches(_dom, "<article [^>]*>").Select(m => m.Value).ToList();
        articles.Should().HaveCount(2);
        articles.Should().OnlyContain(a => !a.Contains("hidden", StringComparison.Ordinal));
    }

    [Test]
    public void A_quote_containing_a_script_tag_is_text_in_the_rendered_page()
    {
        Regex.Matches(_dom, "<script", RegexOptions.IgnoreCase).Should().HaveCount(1, "the only script element is the report's own");
        _dom.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt; 100.0 亿美元");
        _dom.Should().NotContain("<img");
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static string Run(string browser, string workDir, params string[] args)
    {
        var info = new ProcessStartInfo(browser)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                     "--user-data-dir=" + Path.Combine(workDir, "chromium-profile") }.Concat(args))
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish within 90 seconds");
        }
        return stdout.Result;
    }
}
