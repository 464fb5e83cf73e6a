using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;
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
    private const string Partitions =
        "vocabulary:\n  partitions:\n"
        + "    - { key: province, parts: [shanghai, jiangsu, zhejiang], whole: { region: east } }\n"
        + "    - { key: province, parts: [shanghai, jiangsu, zhejiang, anhui], whole: { region: yangtze_delta } }\n"
        + "    - { key: province, parts: [sichuan, chongqing], whole: { region: west } }\n"
        + "    - { key: service, parts: [software_rd, ic_design], whole: it_rd, exhaustive: false }\n";

    /// <summary>A nation of 100.0, its ITO, regions, provinces and services; <paramref name="jiangsu"/> and <paramref name="zhejiang"/> as written.</summary>
    private static TestReport Report(string jiangsu = "25.0", string zhejiang = "15.0")
    {
        TestReport Amount(TestReport r, string id, string value, string dims) => r.Fact(id, value, "亿美元", "execution", dims, "2023");
        var report = new TestReport().Vocabulary(Partitions);
        Amount(report, "all", "100.0", "scope: all, category: all");
        Amount(report, "ito", "40.0", "category: ITO");
        Amount(report, "east", "60.0", "region: east");
        Amount(report, "delta", "35.0", "region: yangtze_delta");
        Amount(report, "jiangsu", jiangsu, "province: jiangsu");
        Amount(report, "zhejiang", zhejiang, "province: zhejiang");
        Amount(report, "sichuan", "8.0", "province: sichuan");
        Amount(report, "it_rd", "22.0", "category: ITO, service: it_rd");
        Amount(report, "software_rd", "18.0", "category: ITO, service: software_rd");
        Amount(report, "ic_design", "3.0", "category: ITO, service: ic_design");
        Amount(report, "it_ops", "12.0", "category: ITO, service: it_ops");
        Amount(report, "new_energy", "6.0", "service: new_energy_rd");
        return Amount(report, "procurement", "5.0", "service: procurement");
    }

    private static ProposalSet Propose(TestReport r)
    {
        var paths = r.Write();
        var (report, diagnostics) = ReportLoader.Load(paths);
        diagnostics.Should().BeEmpty();
        var bag = new DiagnosticBag();
        var vocabulary = VocabularyFile.For(paths.FactsDirectory, bag);
        bag.Items.Should().BeEmpty();
        return ProposalEvaluator.Propose(report!, vocabulary);
    }

    /// <summary>The proposed sums over a total: their parts (in order) and whether they only bound it.</summary>
    private static List<(string Parts, bool Within, ProposalStatus Status)> SumsOver(TestReport r, string total) =>
        Propose(r).New.Where(p => p.Rule.Kind == "sum" && p.Rule.Fields.Any(f => f.Name == "total" && f.Items is [var t] && t == total))
            .Select(p => (string.Join(" ", p.Rule.Fields.Single(f => f.Name == "parts").Items),
                p.Rule.Fields.Any(f => f.Name == "exhaustive" && f.Items is ["false"]), p.Status))
            .ToList();

    [Test]
    public void Some_provinces_of_a_region_add_up_to_at_most_the_region()
    {
        // Shanghai is not stated: Jiangsu and Zhejiang are some of the east's provinces, not all of them
        SumsOver(Report(), "east").Should().Equal(("jiangsu zhejiang", true, ProposalStatus.Consistent));
    }

    [Test]
    public void All_the_provinces_a_partition_names_make_up_their_region()
    {
        var report = Report().Fact("shanghai", "20.0", "亿美元", "execution", "province: shanghai", "2023");
        SumsOver(report, "east").Should().Equal(("shanghai jiangsu zhejiang", false, ProposalStatus.Consistent));
    }

    [Test]
    public void Services_the_vocabulary_places_within_a_larger_service_add_up_to_at_most_it()
    {
        SumsOver(Report(), "it_rd").Should().Equal(("software_rd ic_design", true, ProposalStatus.Consistent));
    }

    [Test]
    public void A_part_within_another_part_is_left_out_of_the_sum_over_their_whole()
    {
        // software R&D lies within IT R&D: beside IT R&D and IT operations it would be counted twice
        SumsOver(Report(), "ito").Should().ContainSingle(s => s.Within)
            .Which.Parts.Split(' ').Should().BeEquivalentTo("it_rd", "it_ops");
    }

    [Test]
    public void Regions_that_may_share_provinces_go_to_different_sums()
    {
        // the east and the Yangtze delta share Jiangsu and Zhejiang: never in one sum over the nation
        var report = Report().Fact("west", "20.0", "亿美元", "execution", "region: west", "2023");
        var overAll = SumsOver(report, "all").Where(s => s.Within).Select(s => s.Parts.Split(' ')).ToList();
        overAll.Should().Contain(p => p.Contains("east") && p.Contains("west"));
        overAll.Should().NotContain(p => p.Contains("east") && p.Contains("delta"));
    }

    [Test]
    public void Parts_that_make_up_a_whole_are_not_also_proposed_to_lie_within_it()
    {
        // the report's own partition (the east and the west make the nation) beside the built-in four regions,
        // of which the east and the west are only some: one sum, the one that says more
        var report = Report().Fact("west", "40.0", "亿美元", "execution", "region: west", "2023")
            .Vocabulary(Partitions + "    - { key: region, parts: [east, west] }\n");
        SumsOver(report, "all").Where(s => s.Parts == "east west").Should().Equal(("east west", false, ProposalStatus.Consistent));
    }

    [Test]
    public void Services_that_differ_from_the_total_only_in_their_name_lie_side_by_side_within_it()
    {
        SumsOver(Report(), "all").Should().Contain(("new_energy procurement", true, ProposalStatus.Consistent));
    }

    [Test]
    public void Parts_that_exceed_their_whole_are_proposed_and_marked_inconsistent()
    {
        // Jiangsu and Zhejiang written as 45.0 and 25.0: 70.0 cannot lie within the east's 60.0
        SumsOver(Report(jiangsu: "45.0", zhejiang: "25.0"), "east").Should().Equal(("jiangsu zhejiang", true, ProposalStatus.Inconsistent));
    }
}
