using System.Text;
using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Authoring;

/// <summary>
/// Stubs of the real report text (lines 30-70 of csod-2021: the overview's first paragraphs) load
/// as facts, their quotes verify, and the words around each figure name its measure.
/// </summary>
[TestFixture]
public class StubberTests
{
    private static readonly string SourcePath = Repository.File("facts", "csod-2021", "source.txt");

    private static SourceText Source() => SourceText.FromText("source.txt", File.ReadAllText(SourcePath));

    /// <summary>Writes the stubs beside a copy of the text and loads them as the facts of a report.</summary>
    private static (Report? Report, IReadOnlyList<OutsourcingChecks.Diagnostics.Diagnostic> Diagnostics) LoadStubs(StubResult result, string? otherFacts = null)
    {
        var dir = Repository.Scratch();
        File.Copy(SourcePath, Path.Combine(dir, "source.txt"));
        File.WriteAllText(Path.Combine(dir, "stubs.yaml"), StubWriter.Render(result, "source.txt"), new UTF8Encoding(false));
        if (otherFacts is not null) File.WriteAllText(Path.Combine(dir, "facts.yaml"), otherFacts, new UTF8Encoding(false));
        return ReportLoader.Load(new ReportPaths(dir, dir, Path.Combine(dir, "source.txt")));
    }

    private static StubResult StubOverview() => Stubber.Stub(Source(), 30, 70, [], []);

    [Test]
    public void Stubs_of_the_overview_load_and_their_quotes_verify()
    {
        var result = StubOverview();
        result.Stubs.Should().NotBeEmpty();
        var (report, diagnostics) = LoadStubs(result);
        diagnostics.Should().BeEmpty();
        report!.Facts.Select(f => f.Id).Should().BeEquivalentTo(result.Stubs.Select(s => s.Id));
        report.Facts.Should().OnlyContain(f => f.SourceLine >= 30 && f.SourceLine <= 70);
    }

    [Test]
    public void Every_figure_coverage_counts_in_the_range_gets_a_fact_or_a_skipped_entry()
    {
        var source = Source();
        var result = StubOverview();
        // Each line's figures with a unit of amount or rate, counted independently of the scanner.
        var amounts = Enumerable.Range(30, 41).Sum(l => System.Text.RegularExpressions.Regex.Matches(
            source.Line(l), @"[0-9.]+\s*(%|亿美元|个百分点|万亿人民币)").Count);
        result.Stubs.Should().HaveCount(amounts);
        var coverage = OutsourcingChecks.Coverage.CoverageAnalyzer.Analyze(new Report(source, [], [], [], [], [], []));
        var counted = coverage.Chapters.SelectMany(c => c.Figures).Count(f => f.Figure.Line is >= 30 and <= 70);
        result.FiguresFound.Should().Be(counted);
        (result.Stubs.Count + result.Skips.Count).Should().Be(counted, "coverage and stub agree on what a figure is");
        result.Skips.Should().OnlyContain(s => s.Reason.StartsWith("year", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(s.Text, "20[0-9][0-9]"));
    }

    [Test]
    public void Each_quote_anchors_one_place_within_two_lines_of_its_figure()
    {
        var source = new OutsourcingChecks.Figures.LinedText(Source());
        foreach (var s in StubOverview().Stubs)
        {
            QuoteChooser.IsUnique(source, s.Quote, s.Line).Should().BeTrue(s.Quote);
            FactReader.ContainsNumber(s.Quote, s.Value).Should().BeTrue(s.Quote);
        }
    }

    private static FactStub Stub(string value) => StubOverview().Stubs.Single(s => s.Value == value);

    private static string Dims(FactStub s) => string.Join(", ", s.Dims.Select(d => $"{d.Key}: {d.Value}"));

    [TestCase("3224.0", "contract", "scope: all, category: all", TestName = "合同额 of the whole industry is the national contract amount")]
    [TestCase("2264.8", "execution", "scope: all, category: all", TestName = "执行额 is execution")]
    [TestCase("30.9", "contract.growth", "scope: all, category: all", TestName = "同比增长 after an amount is its growth")]
    [TestCase("1716.8", "contract", "scope: offshore", TestName = "离岸 earlier in the sentence gives the scope")]
    [TestCase("1.1", "contract.cny", "scope: offshore", TestName = "The same amount in renminbi is another measure")]
    [TestCase("53.3", "contract.share", "scope: offshore, of: all", TestName = "占全部 … 的 is a share of the whole")]
    [TestCase("14.0", "execution.growth.change", "scope: offshore", TestName = "个百分点 after a growth is the change of the growth")]
    [TestCase("3.7", "contract.share.change", "scope: onshore, of: all", TestName = "个百分点 after a share is the change of the share")]
    [TestCase("961.7", "execution", "scope: onshore", TestName = "The scope carries across the semicolon")]
    public void The_words_before_a_figure_suggest_its_measure(string value, string measure, string dims)
    {
        var s = Stub(value);
        s.Measure.Should().Be(measure);
        Dims(s).Should().Be(dims);
        s.Period.Should().Be("2021");
        s.Id.Should().Be(Stubber.SuggestId(new MeasureGuess(s.Measure, s.Dims, s.Period, s.Qualifiers, []), s.Line));
        s.Todo.Should().BeEmpty();
    }

    private static FactStub StubOf(string text, string value) =>
        Stubber.Stub(SourceText.FromText("t.txt", text), 1, text.Count(c => c == '\n') + 1, [], []).Stubs.Single(s => s.Value == value);

    [TestCase("执行额分别为 1.1、2.1 亿美元。\n", 1, TestName = "a list that opens the text is stubbed value by value")]
    [TestCase("合同额 5.0 亿美元。\n执行额 1.1、2.1 亿美元。\n", 2, TestName = "a list that opens the --lines range is stubbed value by value")]
    public void A_list_with_nothing_before_it_is_stubbed(string text, int line)
    {
        // The list's later values look back past the list for the figure before it: there is none.
        var result = Stubber.Stub(SourceText.FromText("t.txt", text), line, line, [], []);
        result.Stubs.Select(s => s.Value).Should().Equal("1.1", "2.1");
        result.Stubs.Should().OnlyContain(s => s.Measure == "execution" && s.Line == line);
    }

    [Test]
    public void A_service_name_wins_over_a_shorter_name_inside_it()
    {
        // 信息技术研发服务 holds 研发服务 (the KPO service kpo_rd); the longer name decides.
        var s = StubOf("2021 年，承接信息技术研发服务外包执行额 797.6 亿美元。", "797.6");
        Dims(s).Should().Be("category: ITO, service: it_rd");
        s.Id.Should().Be("execution.ITO.it_rd.2021");
    }

    [Test]
    public void A_bare_share_is_of_the_whole_named_earlier_in_the_sentence()
    {
        const string text = "2021 年，承接信息技术研发服务执行额 797.6 亿美元，同比增长 26.5%，占 ITO 执行额的 79.1%；承接信息技术运营和维护服务执行额 191.5 亿美元，同比增长 22.8%，占比 19.0%。";
        Dims(StubOf(text, "79.1")).Should().Be("category: ITO, service: it_rd, of: ITO");
        Dims(StubOf(text, "19.0")).Should().Be("category: ITO, service: it_ops, of: ITO");
    }

    [Test]
    public void Points_above_the_national_growth_are_a_gap_than_all()
    {
        var s = StubOf("2021 年，东部地区执行额 147.0 亿美元，同比增长 51.7%，比全国服务外包执行额增速高 22.5 个百分点。", "22.5");
        s.Measure.Should().Be("execution.growth.gap");
        Dims(s).Should().Be("region: east, than: all");
        s.Todo.Should().BeEmpty();
    }

    [Test]
    public void Points_above_a_growth_the_words_do_not_name_leave_the_other_side_todo()
    {
        var s = StubOf("2021 年，东部地区执行额 147.0 亿美元，同比增长 51.7%，增速高出 22.5 个百分点。", "22.5");
        s.Measure.Should().Be("execution.growth.gap");
        s.Todo.Should().ContainSingle().Which.Should().StartWith("dims.than");
    }

    [Test]
    public void Points_on_last_year_are_a_change_not_a_gap()
    {
        var s = StubOf("2021 年，离岸执行额 50.0 亿美元，占全部服务外包执行额的 62.5%，比上年提高 2.4 个百分点。", "2.4");
        s.Measure.Should().Be("execution.share.change");
        Dims(s).Should().Be("scope: offshore, of: all");
    }

    [TestCase("全国")]
    [TestCase("全区")]
    [TestCase("全县")]
    public void A_share_of_the_whole_area_a_bulletin_covers_is_a_share_of_all(string area)
    {
        var s = StubOf($"2023 年，东部执行额 50.0 亿美元，占{area}执行额的 62.5%，比上年提高 2.4 个百分点。", "62.5");
        s.Measure.Should().Be("execution.share");
        Dims(s).Should().Be("region: east, of: all");
    }

    [Test]
    public void An_average_growth_is_a_cagr_over_the_span_its_sentence_names()
    {
        var s = StubOf("2016－2021 年，服务外包执行额年均增长 20.7%。", "20.7");
        s.Measure.Should().Be("execution.cagr");
        s.Period.Should().Be("2016-2021");
        s.Id.Should().Be("execution.cagr.all.2016_2021");
        s.Todo.Should().BeEmpty();
    }

    [Test]
    public void Guo_qu_wu_nian_is_the_five_years_to_the_year_before_it()
    {
        var s = StubOf("2023 年，示例市服务外包执行额 80.0 亿美元。过去五年，执行额年均增长 12.0%。", "12.0");
        s.Measure.Should().Be("execution.cagr");
        s.Period.Should().Be("2018-2023");
    }

    [Test]
    public void An_average_growth_without_a_span_leaves_the_period_todo()
    {
        var s = StubOf("2021 年，执行额保持增长。服务外包执行额年均增长 20.7%。", "20.7");
        s.Measure.Should().Be("execution.cagr");
        s.Todo.Should().Contain(t => t.StartsWith("period", StringComparison.Ordinal));
    }

    [Test]
    public void The_id_is_built_from_measure_dims_and_period()
    {
        Stub("1303.1").Id.Should().Be("execution.offshore.2021");
        Stub("2264.8").Id.Should().Be("execution.all.2021");
    }

    [Test]
    public void About_before_a_figure_becomes_a_qualifier() => Stub("1.1").Qualifiers.Should().Equal("about");

    [Test]
    public void Figures_the_facts_cover_get_no_stub_and_the_stubs_cover_all()
    {
        var first = StubOverview();
        var (report, diagnostics) = LoadStubs(first);
        diagnostics.Should().BeEmpty();
        var again = Stubber.Stub(Source(), 30, 70, report!.Facts, report.Skipped);
        again.Stubs.Should().BeEmpty();
        again.Skips.Should().BeEmpty();
        again.Covered.Should().Be(first.FiguresFound);
    }

    [Test]
    public void A_fact_within_two_lines_with_the_same_value_covers_a_figure()
    {
        const string facts = "facts:\n  - id: mine\n    value: \"3224.0\"\n    unit: 亿美元\n    line: 34\n    quote: 合同额 3224.0亿美元\n";
        var (report, diagnostics) = LoadStubs(new StubResult(1, 1, 0, 0, []), facts);
        diagnostics.Should().BeEmpty();
        var result = Stubber.Stub(Source(), 30, 70, report!.Facts, []);
        result.Stubs.Select(s => s.Value).Should().NotContain("3224.0").And.Contain("30.9");
        result.Covered.Should().Be(1);
    }

    [Test]
    public void What_the_words_do_not_tell_is_marked_todo_and_still_loads()
    {
        const string text = "标题\n全国共有基地 5 个，增长 2.5 倍。\n";
        var result = Stubber.Stub(SourceText.FromText("source.txt", text), 1, 2, [], []);
        result.Stubs.Should().HaveCount(2).And.OnlyContain(s => s.Todo.Count > 0 && s.Measure == null && s.Period == null);
        var yaml = StubWriter.Render(result, "source.txt");
        yaml.Should().Contain("note: \"TODO ");
        var (_, diagnostics) = RawReport.Load(facts: yaml, source: text);
        diagnostics.Should().BeEmpty();
    }

    [Test]
    public void The_items_of_a_list_give_each_value_its_category()
    {
        const string text = "2023 年，ITO、BPO、KPO 执行额分别为 40.0 亿美元、15.0 亿美元、26.0 亿美元，同比分别增长 10.0%、20.0%、30.0%。";
        Dims(StubOf(text, "40.0")).Should().Be("category: ITO");
        Dims(StubOf(text, "15.0")).Should().Be("category: BPO");
        Dims(StubOf(text, "26.0")).Should().Be("category: KPO");
        StubOf(text, "20.0").Measure.Should().Be("execution.growth");
        Dims(StubOf(text, "20.0")).Should().Be("category: BPO");
    }

    [Test]
    public void A_list_of_amounts_in_different_scales_and_of_changes_in_both_directions_pairs_each_value_with_its_item()
    {
        const string text = "2023 年，离岸执行额中，对美国、日本执行额分别为 32.5 亿美元、9800\n万美元，同比分别增长 10.2%、下降 3.4%。";
        Dims(StubOf(text, "32.5")).Should().Be("scope: offshore, market: united_states");
        Dims(StubOf(text, "9800")).Should().Be("scope: offshore, market: japan");
        Dims(StubOf(text, "10.2")).Should().Be("scope: offshore, market: united_states");
        var japan = StubOf(text, "3.4");
        (japan.Measure, Dims(japan)).Should().Be(("execution.growth", "scope: offshore, market: japan"));
        japan.Qualifiers.Should().Equal("decline");
        StubOf(text, "10.2").Qualifiers.Should().BeEmpty();
    }

    [Test]
    public void A_decline_in_points_named_after_a_list_is_of_its_own_category()
    {
        const string text = "2023 年，ITO、KPO 执行额占比分别为 50.0%、31.3%，分别提高 1.2、0.9 个百分点，BPO 执行额占比下降 0.3 个百分点。";
        var s = StubOf(text, "0.3");
        s.Measure.Should().Be("execution.share.change");
        Dims(s).Should().StartWith("category: BPO");
        s.Qualifiers.Should().Equal("decline");
        s.Value.Should().Be("0.3", "the value stays as written: the qualifier gives the sign");
        Dims(StubOf(text, "0.9")).Should().StartWith("category: KPO");
    }

    [Test]
    public void The_cells_of_a_table_followed_by_text_are_read_by_their_column()
    {
        const string text = "表 1 2023 年执行额构成\n类别 执行额（亿美元） 同比增长（%） 占比（%）\nITO 40.0 10.0 50.0\n合计 80.0 12.0 100.0\n\n"
            + "ITO 执行额占比 50.0%，比上年提高 1.2 个百分点；东部、中部、西部执行额分别为 40.0 亿美元、30.0 亿美元、10.0 亿美元，同比分别增长 1.0%、2.0%、3.0%。\n";
        var stubs = Stubber.Stub(SourceText.FromText("t.txt", text), 1, 6, [], []).Stubs;
        stubs.Where(s => s.Line == 3).Select(s => (s.Value, s.Unit, s.Measure)).Should().Equal(
            ("40.0", "亿美元", "execution"), ("10.0", "%", "execution.growth"), ("50.0", "%", "execution.share"));
        stubs.Where(s => s.Line <= 4).Should().OnlyContain(s => s.Todo.Count == 0);
    }

    [Test]
    public void A_sentence_after_a_table_does_not_run_on_from_its_last_row()
    {
        const string text = "表 1 2023 年执行额构成\n类别 执行额（亿美元） 占比（%）\nITO 40.0 50.0\nBPO 40.0 50.0\n合计 80.0 100.0\n\nITO 执行额占比 50.0%，比上年提高 1.2 个百分点。\n";
        var stubs = Stubber.Stub(SourceText.FromText("t.txt", text), 1, 7, [], []).Stubs;
        var share = stubs.Single(s => s.Line == 7 && s.Value == "50.0");
        (share.Measure, Dims(share)).Should().Be(("execution.share", "category: ITO"));
        var change = stubs.Single(s => s.Value == "1.2");
        (change.Measure, Dims(change)).Should().Be(("execution.share.change", "category: ITO"));
    }

    [Test]
    public void A_change_of_a_share_whose_whole_the_words_do_not_name_leaves_its_whole_todo()
    {
        var s = StubOf("2023 年，离岸执行额占示范园区执行额的 62.5%，比上年提高 2.6 个百分点。", "2.6");
        s.Measure.Should().Be("execution.share.change");
        s.Todo.Should().Contain(t => t.StartsWith("dims.of", StringComparison.Ordinal), "propose pairs a change with its share only by the whole they are of");
    }

    [Test]
    public void A_decline_is_a_qualifier_on_the_value_as_written()
    {
        var s = StubOf("2023 年，在岸执行额 30.0 亿美元，同比下降 26.7%。", "26.7");
        (s.Measure, s.Value).Should().Be(("execution.growth", "26.7"));
        s.Qualifiers.Should().Equal("decline");
    }

    [Test]
    public void A_span_is_never_taken_from_another_report()
    {
        var s = StubOf("执行额年均增长 20.7%。", "20.7");
        s.Period.Should().BeNull("no year is named before it");
        s.Todo.Should().Contain(t => t.StartsWith("period", StringComparison.Ordinal));
    }

    [Test]
    public void Coverage_and_stub_agree_on_every_figure_of_the_2021_report()
    {
        var source = Source();
        var none = Stubber.Stub(source, 1, source.Lines.Count, [], []);
        var found = OutsourcingChecks.Coverage.CoverageAnalyzer.Analyze(new Report(source, [], [], [], [], [], [])).Found;
        none.FiguresFound.Should().Be(found);
        (none.Stubs.Count + none.Skips.Count).Should().Be(found);
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(Repository.File("facts", "csod-2021"), Repository.File("rules", "csod-2021"), SourcePath));
        diagnostics.Should().BeEmpty();
        var encoded = Stubber.Stub(source, 1, source.Lines.Count, report!.Facts, report.Skipped);
        (encoded.Stubs.Count, encoded.Skips.Count, encoded.Covered).Should().Be((0, 0, found), "the encoded report accounts for every figure coverage counts");
    }
}
