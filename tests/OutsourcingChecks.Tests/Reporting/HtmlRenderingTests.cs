using FluentAssertions;
using Microsoft.Playwright;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>
/// The review report in a real browser: Debian's Chromium, driven by Playwright (never a browser of
/// Playwright's own), at a desktop and a phone width. The tests click the filters, the overview's
/// links, the cards and type in the search, and check what is shown. On the repository's own report
/// they measure the page and save screenshots (into docs/ when OC_UPDATE_SCREENSHOTS=1). Where no
/// Chromium is installed they say so and are not run (Debian: apt-get install chromium).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public class HtmlRenderingTests
{
    private static readonly string[] Browsers = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    // As the machine's notes say: no sandbox as root, and no background traffic on a closed network.
    private static readonly string[] Flags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public sealed record Screen(string Name, int Width, int Height)
    {
        public override string ToString() => Name;
    }

    public static readonly Screen Desktop = new("desktop", 1280, 900);
    public static readonly Screen Phone = new("phone", 390, 844);
    public static IEnumerable<Screen> Screens() => [Desktop, Phone];

    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _fixtureHtml = null!;

    [OneTimeSetUp]
    public async Task StartChromium()
    {
        var executable = Browsers.FirstOrDefault(File.Exists);
        if (executable is null) Assert.Ignore("no Chromium on this machine (Debian: apt-get install chromium): the HTML report was not tested in a browser");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = Flags });
        var fixture = new ReviewFixture();
        _fixtureHtml = Path.Combine(fixture.Root, "report.html");
        await File.WriteAllTextAsync(_fixtureHtml, HtmlReport.Render([fixture.Run()]));
    }

    [OneTimeTearDown]
    public async Task StopChromium()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    private async Task<IPage> Open(string file, Screen screen, string hash = "")
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri + hash);
        return page;
    }

    private static async Task<string[]> Visible(IPage page) =>
        await page.EvalOnSelectorAllAsync<string[]>("details.finding", "cards => cards.filter(c => !c.hidden).map(c => c.getAttribute('data-group'))");

    private static Task<string> Shown(IPage page) => page.InnerTextAsync("#shown");

    [TestCaseSource(nameof(Screens))]
    public async Task Every_discrepancy_is_shown_folded_to_one_line_and_opens_on_click(Screen screen)
    {
        var page = await Open(_fixtureHtml, screen);
        (await Shown(page)).Should().Be("2");
        (await Visible(page)).Should().Equal("new", "acknowledged");
        var card = page.Locator("details.finding.new");
        (await card.GetAttributeAsync("open")).Should().BeNull("cards start folded");
        var summary = await card.Locator("summary").BoundingBoxAsync();
        var folded = await card.BoundingBoxAsync();
        folded!.Height.Should().BeLessThan(2.5f * summary!.Height / 1.5f + 20, "a folded card is its summary line");
        (await page.Locator("details.finding.new .body").IsVisibleAsync()).Should().BeFalse();

        await card.Locator("summary").ClickAsync();
        (await card.GetAttributeAsync("open")).Should().NotBeNull();
        (await page.Locator("details.finding.new .body").IsVisibleAsync()).Should().BeTrue();
        (await card.Locator("mark.fig").First.InnerTextAsync()).Should().Be("100.0", "the figure is marked inside its report line");
        (await card.Locator("blockquote.quote").First.InnerTextAsync()).Should().Be(ReviewFixture.ScriptQuote, "a quote with a script tag is text");
        (await page.Locator("script").CountAsync()).Should().Be(1, "the only script is the report's own");
    }

    [TestCaseSource(nameof(Screens))]
    public async Task The_status_check_boxes_the_chapter_list_and_the_search_show_only_what_matches(Screen screen)
    {
        var page = await Open(_fixtureHtml, screen);

        await page.Locator("input[name=status][value=acknowledged]").UncheckAsync();
        (await Visible(page)).Should().Equal("new");
        (await Shown(page)).Should().Be("1");
        page.Url.Should().EndWith("#status=new", "a filtered view can be linked to");
        await page.Locator("input[name=status][value=acknowledged]").CheckAsync();

        await page.Locator("#chapter").SelectOptionAsync("r0c2");
        (await Visible(page)).Should().Equal("acknowledged");
        await page.Locator("#chapter").SelectOptionAsync("");

        await page.Locator("#q").FillAsync("22.9");
        (await Visible(page)).Should().ContainSingle().Which.Should().Be("acknowledged", "the search finds a figure's value");
        await page.Locator("#q").FillAsync("script>alert");
        (await Visible(page)).Should().ContainSingle().Which.Should().Be("new", "the search finds a quote");
        await page.Locator("#q").FillAsync("SUM.PARTS");
        (await Visible(page)).Should().ContainSingle().Which.Should().Be("new", "the search finds an id, whatever the case");
        await page.Locator("#q").FillAsync("nothing-has-this");
        (await Shown(page)).Should().Be("0");
    }

    [TestCaseSource(nameof(Screens))]
    public async Task A_count_in_the_overview_is_a_link_to_its_filter(Screen screen)
    {
        var page = await Open(_fixtureHtml, screen);
        await page.Locator("table.overview tbody tr").Nth(0).Locator("td a").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('shown').textContent === '1'");
        (await Visible(page)).Should().Equal("new");
        (await page.Locator("#chapter").InputValueAsync()).Should().Be("r0c1");
        (await page.Locator("input[name=status][value=acknowledged]").IsCheckedAsync()).Should().BeFalse();
    }

    [Test]
    public async Task The_address_sets_the_filters()
    {
        var page = await Open(_fixtureHtml, Desktop, "#chapter=r0c2&q=22.8");
        (await Visible(page)).Should().Equal("acknowledged");
        (await page.Locator("#q").InputValueAsync()).Should().Be("22.8");
    }

    /// <summary>
    /// The repository's own report at both widths: every card opened, nothing sticks out of its card
    /// or the page (the phone layout stacks the details); the sizes are measured and the screenshots saved.
    /// </summary>
    [TestCaseSource(nameof(Screens))]
    public async Task The_real_report_is_short_folded_and_nothing_overflows_when_every_card_is_open(Screen screen)
    {
        var html = Path.Combine(Repository.Scratch(), "csod-2021.html");
        await File.WriteAllTextAsync(html, HtmlReport.Render([RealRun.Value]));
        var page = await Open(html, screen);

        var cards = await page.EvalOnSelectorAllAsync<float[]>("details.finding", "cards => cards.map(c => c.getBoundingClientRect().height)");
        cards.Should().HaveCount(RealRun.Value.Findings.Count(f => f.Status != OutsourcingChecks.Model.FindingStatus.Consistent));
        var median = cards.Order().ElementAt(cards.Length / 2);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        TestContext.Out.WriteLine($"csod-2021 at {screen.Width} px: page {height} px tall folded, median card {median} px, {cards.Length} cards");
        median.Should().BeLessThan(screen == Phone ? 60 : 45, "a folded card is one line");
        height.Should().BeLessThan(12_000);
        await Save(page, $"review-report-{screen.Name}.png");

        await page.Locator("#chapter").SelectOptionAsync("r0c1");
        var first = page.Locator("details.finding:not([hidden])").First;
        await first.Locator("summary").ClickAsync();
        // The opened card at the top of the screen, below the toolbar.
        await first.EvaluateAsync("card => window.scrollTo(0, card.getBoundingClientRect().top + window.scrollY - document.getElementById('filters').offsetHeight - 8)");
        await Save(page, $"review-report-{screen.Name}-open.png");

        await page.Locator("#chapter").SelectOptionAsync("");
        await page.Locator("#open-all").ClickAsync();
        var open = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        TestContext.Out.WriteLine($"csod-2021 at {screen.Width} px: page {open} px tall with every card open");
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(screen.Width, "nothing is wider than the page");
        var overflowing = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('details.finding')].flatMap(card => {
              const box = card.getBoundingClientRect();
              return [...card.querySelectorAll('dd, pre, blockquote, p, code')]
                .filter(e => e.getBoundingClientRect().right > box.right + 1)
                .map(e => card.id + ': ' + e.tagName + ' ' + (e.textContent || '').slice(0, 40));
            })
            """);
        overflowing.Should().BeEmpty("the claim, the reason and the figures stay inside their card");
    }

    /// <summary>The repository's report, loaded from the repository root so its paths read as a user's would.</summary>
    private static readonly Lazy<CheckRun> RealRun = new(() =>
    {
        var old = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = Repository.Root;
            var (report, diagnostics) = ReportLoader.Load(ReportPaths.InRepository("", "csod-2021"));
            if (report is null) throw new InvalidOperationException(string.Join("\n", diagnostics));
            return Engine.Run(report);
        }
        finally
        {
            Environment.CurrentDirectory = old;
        }
    });

    /// <summary>A screenshot of the first screen beside the test results, and into docs/ when asked for.</summary>
    private static async Task Save(IPage page, string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.AddTestAttachment(path);
        if (Environment.GetEnvironmentVariable("OC_UPDATE_SCREENSHOTS") == "1") File.Copy(path, Repository.File("docs", name), overwrite: true);
    }
}
