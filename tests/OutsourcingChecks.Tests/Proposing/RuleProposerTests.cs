using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Proposing;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Proposing;

/// <summary>
/// Rules follow from the facts' measures, dims and periods: each kind of identity is proposed from
/// facts alone, checked at once (a discrepancy is proposed and marked, not hidden), and a rule the
/// report already has is not proposed again.
/// </summary>
[TestFixture]
public class RuleProposerTests
{
    private const string Text = "2023 年，执行额 80.0 亿美元，同比增长 25.0%；离岸执行额 50.0 亿美元，同比增长 30.0%，占全部服务外包执行额的 62.5%，较上年提高 2.4 个百分点；在岸执行额 30.0 亿美元，同比增长 17.5%。\n";

    private static string Fact(string id, string value, string unit, string measure, string dims, int line, string quote, string period = "2023") =>
        $"  - id: {id}\n    value: \"{value}\"\n    unit: \"{unit}\"\n    period: \"{period}\"\n    measure: {measure}\n    dims: {{ {dims} }}\n    line: {line}\n    quote: \"{quote}\"\n";

    private static readonly string Facts = "facts:\n"
        + Fact("all", "80.0", "亿美元", "execution", "scope: all, category: all", 1, "执行额 80.0 亿美元")
        + Fact("all.growth", "25.0", "%", "execution.growth", "scope: all, category: all", 1, "同比增长 25.0%")
        + Fact("off", "50.0", "亿美元", "execution", "scope: offshore", 1, "离岸执行额 50.0 亿美元")
        + Fact("off.growth", "30.0", "%", "execution.growth", "scope: offshore", 1, "同比增长 30.0%")
        + Fact("off.share", "62.5", "%", "execution.share", "scope: offshore, of: all", 1, "的 62.5%")
        + Fact("off.share.change", "2.4", "个百分点", "execution.share.change", "scope: offshore, of: all", 1, "提高 2.4 个百分点")
        + Fact("on", "30.0", "亿美元", "execution", "scope: onshore", 1, "在岸执行额 30.0 亿美元")
        + Fact("on.growth", "17.5", "%", "execution.growth", "scope: onshore", 1, "同比增长 17.5%");

    /// <summary>A report of these files, loaded.</summary>
    private static (OutsourcingChecks.Model.Report? Report, IReadOnlyList<OutsourcingChecks.Diagnostics.Diagnostic> Diagnostics) Load(string facts, string rules, string text)
    {
        var dir = Repository.Scratch();
        var (f, r) = (Path.Combine(dir, "facts"), Path.Combine(dir, "rules"));
        Directory.CreateDirectory(f);
        Directory.CreateDirectory(r);
        File.WriteAllText(Path.Combine(f, "source.txt"), text);
        File.WriteAllText(Path.Combine(f, "facts.yaml"), facts);
        File.WriteAllText(Path.Combine(r, "rules.yaml"), rules);
        return OutsourcingChecks.Loading.ReportLoader.Load(new OutsourcingChecks.Loading.ReportPaths(f, r, Path.Combine(f, "source.txt")));
    }

    private static ProposalSet Propose(string? rules = null, string facts = "")
    {
        var (report, diagnostics) = Load(Facts + facts, rules ?? "rules: []\n", Text);
        diagnostics.Should().BeEmpty();
        return ProposalEvaluator.Propose(report!, Vocabulary.BuiltIn);
    }

    private static Proposal Rule(ProposalSet set, string kind, params string[] fields) =>
        set.New.Single(p => p.Rule.Kind == kind && fields.All(f => p.Rule.Fields.Any(x => string.Join(" ", x.Items) == f)));

    [Test]
    public void The_parts_of_a_partition_add_up_to_the_whole_this_year_and_last()
    {
        var set = Propose();
        var now = set.New.Single(p => p.Rule.Kind == "sum" && p.Rule.Fields.Single(f => f.Name == "total").Items.Single() == "all");
        now.Rule.Fields.Single(f => f.Name == "parts").Items.Should().Equal("off", "on");
        now.Status.Should().Be(ProposalStatus.Consistent);
        // last year: the values the growth rates imply, proposed as derived quantities
        set.Derived.Select(d => d.Expression).Should().Contain(["prev(all, all.growth)", "prev(off, off.growth)", "prev(on, on.growth)"]);
        set.New.Should().Contain(p => p.Rule.Kind == "sum" && p.Rule.Id.Contains("2022"));
    }

    [Test]
    public void A_share_is_its_part_over_the_whole_its_of_names() =>
        Rule(Propose(), "share", "off", "all", "off.share").Status.Should().Be(ProposalStatus.Consistent);

    [Test]
    public void A_change_in_points_is_this_years_share_minus_last_years_part_over_whole()
    {
        var p = Propose().New.Single(p => p.Rule.Kind == "points");
        p.Rule.Fields.Select(f => (f.Name, string.Join(" ", f.Items))).Should().Equal(
            ("now", "off.share"), ("before", "execution.offshore.2022 / execution.all.2022"), ("points", "off.share.change"));
        p.Status.Should().Be(ProposalStatus.Consistent);
    }

    [Test]
    public void A_proposal_the_figures_cannot_satisfy_is_proposed_and_marked_inconsistent()
    {
        // the report writes 60.0 % for a share of 50.0 in 80.0 (62.5 %): a discrepancy the proposal finds
        var (report, diagnostics) = Load(Facts.Replace("62.5", "60.0"), "rules: []\n", Text.Replace("62.5", "60.0"));
        diagnostics.Should().BeEmpty();
        var wrong = Rule(ProposalEvaluator.Propose(report!, Vocabulary.BuiltIn), "share", "off", "all", "off.share");
        wrong.Status.Should().Be(ProposalStatus.Inconsistent);
        wrong.Message.Should().Contain("60.0");
    }

    [Test]
    public void A_rule_the_report_already_states_is_not_proposed_again()
    {
        const string rules = "rules:\n  - id: mine\n    kind: sum\n    parts: [on, off]\n    total: all\n";
        var set = Propose(rules);
        set.New.Should().NotContain(p => p.Rule.Kind == "sum" && p.Rule.Fields.Any(f => f.Name == "total" && f.Items[0] == "all"));
        set.Repeated.Should().ContainSingle(p => p.Repeats == "mine");
    }

    [Test]
    public void An_average_growth_over_a_span_links_the_values_at_its_ends()
    {
        const string text = Text + "2018 年执行额 50.3 亿美元。2018－2023 年执行额年均增长 9.7%。\n";
        var facts = Facts
            + Fact("all.2018", "50.3", "亿美元", "execution", "scope: all, category: all", 2, "2018 年执行额 50.3 亿美元", "2018")
            + Fact("cagr", "9.7", "%", "execution.cagr", "scope: all, category: all", 2, "年均增长 9.7%", "2018-2023");
        var (report, diagnostics) = Load(facts, "rules: []\n", text);
        diagnostics.Should().BeEmpty();
        var p = ProposalEvaluator.Propose(report!, Vocabulary.BuiltIn).New.Single(p => p.Rule.Kind == "cagr");
        p.Rule.Fields.Select(f => (f.Name, string.Join(" ", f.Items))).Should().Equal(("start", "all.2018"), ("end", "all"), ("years", "5"), ("rate", "cagr"));
        p.Status.Should().Be(ProposalStatus.Consistent);
    }

    [Test]
    public void A_growth_links_this_year_to_last_years_value_the_report_derives_from_other_figures()
    {
        // 2022: all 64.0, offshore 38.5; onshore derived as all - offshore (25.5), and 30.0 / 25.5 - 1 is the stated 17.5 %
        const string text = Text + "2022 年执行额 64.0 亿美元，离岸执行额 38.5 亿美元。\n";
        var facts = Facts
            + Fact("all.2022", "64.0", "亿美元", "execution", "scope: all, category: all", 2, "2022 年执行额 64.0 亿美元", "2022")
            + Fact("off.2022", "38.5", "亿美元", "execution", "scope: offshore", 2, "离岸执行额 38.5 亿美元", "2022");
        const string rules = "derived:\n  - id: on.2022\n    expr: all.2022 - off.2022\n    measure: execution\n    dims: { scope: onshore }\n    period: \"2022\"\n";
        var (report, diagnostics) = Load(facts, rules, text);
        diagnostics.Should().BeEmpty();
        var set = ProposalEvaluator.Propose(report!, Vocabulary.BuiltIn);
        var p = Rule(set, "growth", "on", "on.2022", "on.growth");
        p.Status.Should().Be(ProposalStatus.Consistent);
        set.Derived.Should().NotContain(d => d.Expression == "prev(on, on.growth)", "last year's value is known: the growth links to it");
    }

    [Test]
    public void The_written_file_loads_as_rules_and_says_each_status()
    {
        var set = Propose();
        var yaml = ProposalWriter.Render(set, "facts/x");
        yaml.Should().Contain("# consistent\n  - id: ");
        var (report, diagnostics) = Load(Facts, yaml, Text);
        diagnostics.Should().BeEmpty();
        report!.Rules.Should().HaveCount(set.New.Count);
        report.Derived.Should().HaveCount(set.Derived.Count);
    }
}
