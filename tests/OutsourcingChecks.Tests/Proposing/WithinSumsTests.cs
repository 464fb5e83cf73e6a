using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Proposing;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Proposing;

/// <summary>
/// Parts named within a whole that nobody said fill it (a few provinces of a region, two services of a
/// category, some partner markets) are proposed to add up to at most the whole (<c>exhaustive: false</c>),
/// as long as the vocabulary and the facts show them apart: a part within another part is left out, and
/// parts that may share something go to different sums.
/// </summary>
[TestFixture]
public class WithinSumsTests
{
    private const string Text =
        "2023 年，全国执行额 100.0 亿美元，其中 ITO 执行额 40.0 亿美元。东部执行额 60.0 亿美元，长三角执行额 35.0 亿美元，江苏 25.0 亿美元，浙江 15.0 亿美元，四川 8.0 亿美元。\n"
        + "信息技术研发 22.0 亿美元，其中软件研发 18.0 亿美元、集成电路设计 3.0 亿美元；信息技术运营和维护 12.0 亿美元。新能源技术研发 6.0 亿美元，采购 5.0 亿美元。\n";

    private static string Fact(string id, string value, string measure, string dims, int line, string quote) =>
        $"  - id: {id}\n    value: \"{value}\"\n    unit: \"亿美元\"\n    period: \"2023\"\n    measure: {measure}\n    dims: {{ {dims} }}\n    line: {line}\n    quote: \"{quote}\"\n";

    private static readonly string Facts = "facts:\n"
        + Fact("all", "100.0", "execution", "scope: all, category: all", 1, "全国执行额 100.0 亿美元")
        + Fact("ito", "40.0", "execution", "category: ITO", 1, "ITO 执行额 40.0 亿美元")
        + Fact("east", "60.0", "execution", "region: east", 1, "东部执行额 60.0 亿美元")
        + Fact("delta", "35.0", "execution", "region: yangtze_delta", 1, "长三角执行额 35.0 亿美元")
        + Fact("jiangsu", "25.0", "execution", "province: jiangsu", 1, "江苏 25.0 亿美元")
        + Fact("zhejiang", "15.0", "execution", "province: zhejiang", 1, "浙江 15.0 亿美元")
        + Fact("sichuan", "8.0", "execution", "province: sichuan", 1, "四川 8.0 亿美元")
        + Fact("it_rd", "22.0", "execution", "category: ITO, service: it_rd", 2, "信息技术研发 22.0 亿美元")
        + Fact("software_rd", "18.0", "execution", "category: ITO, service: software_rd", 2, "软件研发 18.0 亿美元")
        + Fact("ic_design", "3.0", "execution", "category: ITO, service: ic_design", 2, "集成电路设计 3.0 亿美元")
        + Fact("it_ops", "12.0", "execution", "category: ITO, service: it_ops", 2, "信息技术运营和维护 12.0 亿美元")
        + Fact("new_energy", "6.0", "execution", "service: new_energy_rd", 2, "新能源技术研发 6.0 亿美元")
        + Fact("procurement", "5.0", "execution", "service: procurement", 2, "采购 5.0 亿美元");

    private const string Partitions =
        "vocabulary:\n  partitions:\n"
        + "    - { key: province, parts: [shanghai, jiangsu, zhejiang], whole: { region: east } }\n"
        + "    - { key: province, parts: [shanghai, jiangsu, zhejiang, anhui], whole: { region: yangtze_delta } }\n"
        + "    - { key: province, parts: [sichuan, chongqing], whole: { region: west } }\n"
        + "    - { key: service, parts: [software_rd, ic_design], whole: it_rd, exhaustive: false }\n";

    private static ProposalSet Propose(string more = "", string text = Text) => ProposeFrom(Facts + more, text);

    private static ProposalSet ProposeFrom(string facts, string text)
    {
        var dir = Repository.Scratch();
        var (f, r) = (Path.Combine(dir, "facts"), Path.Combine(dir, "rules"));
        Directory.CreateDirectory(f);
        Directory.CreateDirectory(r);
        File.WriteAllText(Path.Combine(f, "source.txt"), text);
        File.WriteAllText(Path.Combine(f, "facts.yaml"), facts);
        File.WriteAllText(Path.Combine(r, "rules.yaml"), "rules: []\n");
        File.WriteAllText(Path.Combine(f, VocabularyFile.FileName), Partitions);
        var (report, diagnostics) = OutsourcingChecks.Loading.ReportLoader.Load(new OutsourcingChecks.Loading.ReportPaths(f, r, Path.Combine(f, "source.txt")));
        diagnostics.Should().BeEmpty();
        var bag = new DiagnosticBag();
        var vocabulary = Vocabulary.BuiltIn.Extend(VocabularyFile.For(f, bag));
        bag.Items.Should().BeEmpty();
        return ProposalEvaluator.Propose(report!, vocabulary);
    }

    /// <summary>The proposed sums over a total: their parts (in order) and whether they only bound it.</summary>
    private static List<(string Parts, bool Within, ProposalStatus Status)> SumsOver(ProposalSet set, string total) =>
        set.New.Where(p => p.Rule.Kind == "sum" && p.Rule.Fields.Any(f => f.Name == "total" && f.Items is [var t] && t == total))
            .Select(p => (string.Join(" ", p.Rule.Fields.Single(f => f.Name == "parts").Items),
                p.Rule.Fields.Any(f => f.Name == "exhaustive" && f.Items is ["false"]), p.Status))
            .ToList();

    [Test]
    public void Some_provinces_of_a_region_add_up_to_at_most_the_region()
    {
        // Shanghai is not stated: Jiangsu and Zhejiang are some of the east's provinces, not all of them
        SumsOver(Propose(), "east").Should().Equal(("jiangsu zhejiang", true, ProposalStatus.Consistent));
    }

    [Test]
    public void All_the_provinces_a_partition_names_make_up_their_region()
    {
        const string more = "上海 20.0 亿美元。\n";
        var set = Propose(Fact("shanghai", "20.0", "execution", "province: shanghai", 3, "上海 20.0 亿美元"), Text + more);
        SumsOver(set, "east").Should().Equal(("shanghai jiangsu zhejiang", false, ProposalStatus.Consistent));
    }

    [Test]
    public void Services_the_vocabulary_places_within_a_larger_service_add_up_to_at_most_it()
    {
        SumsOver(Propose(), "it_rd").Should().Equal(("software_rd ic_design", true, ProposalStatus.Consistent));
    }

    [Test]
    public void A_part_within_another_part_is_left_out_of_the_sum_over_their_whole()
    {
        // software R&D lies within IT R&D: beside IT R&D and IT operations it would be counted twice
        SumsOver(Propose(), "ito").Should().ContainSingle(s => s.Within)
            .Which.Parts.Split(' ').Should().BeEquivalentTo("it_rd", "it_ops");
    }

    [Test]
    public void Regions_that_may_share_provinces_go_to_different_sums()
    {
        // the east and the Yangtze delta share Jiangsu and Zhejiang: never in one sum over the nation
        var sums = Propose(Fact("west", "20.0", "execution", "region: west", 3, "西部执行额 20.0 亿美元"), Text + "西部执行额 20.0 亿美元。\n");
        var overAll = SumsOver(sums, "all").Where(s => s.Within).Select(s => s.Parts.Split(' ')).ToList();
        overAll.Should().Contain(p => p.Contains("east") && p.Contains("west"));
        overAll.Should().NotContain(p => p.Contains("east") && p.Contains("delta"));
    }

    [Test]
    public void Services_that_differ_from_the_total_only_in_their_name_lie_side_by_side_within_it()
    {
        SumsOver(Propose(), "all").Should().Contain(("new_energy procurement", true, ProposalStatus.Consistent));
    }

    [Test]
    public void Parts_that_exceed_their_whole_are_proposed_and_marked_inconsistent()
    {
        // Jiangsu and Zhejiang written as 45.0 and 25.0: 70.0 cannot lie within the east's 60.0
        var text = Text.Replace("江苏 25.0", "江苏 45.0").Replace("浙江 15.0", "浙江 25.0");
        var facts = Facts.Replace("\"25.0\"", "\"45.0\"").Replace("江苏 25.0", "江苏 45.0").Replace("\"15.0\"", "\"25.0\"").Replace("浙江 15.0", "浙江 25.0");
        SumsOver(ProposeFrom(facts, text), "east").Should().Equal(("jiangsu zhejiang", true, ProposalStatus.Inconsistent));
    }
}
