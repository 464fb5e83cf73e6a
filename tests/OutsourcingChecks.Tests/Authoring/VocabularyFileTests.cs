using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Authoring;

/// <summary>A report's vocabulary.yaml extends the built-in words; a bad entry is an error at its place.</summary>
[TestFixture]
public class VocabularyFileTests
{
    private static (Vocabulary Vocabulary, DiagnosticBag Bag) Read(string yaml)
    {
        var dir = Repository.Scratch();
        File.WriteAllText(Path.Combine(dir, VocabularyFile.FileName), yaml);
        var bag = new DiagnosticBag();
        return (VocabularyFile.For(dir, bag), bag);
    }

    [Test]
    public void A_reports_words_extend_and_win_over_the_built_in_ones()
    {
        var (v, bag) = Read("vocabulary:\n  dims:\n    - { word: 美国, dims: { country: us } }\n  partitions:\n    - { key: country, parts: [us, eu] }\n  currency: CNY\n");
        bag.Items.Should().BeEmpty();
        WordFinder.Dims("承接美国服务外包", v).Should().Equal(new Dictionary<string, string> { ["country"] = "us" });
        WordFinder.Dims("离岸", v).Should().ContainKey("scope", "the built-in words stay");
        v.Partitions.Should().Contain(p => p.Key == "country").And.Contain(p => p.Key == "category");
        v.Currency.Should().Be("CNY");
    }

    [Test]
    public void A_longer_word_that_names_nothing_keeps_a_shorter_one_inside_it_from_matching()
    {
        var (v, _) = Read("vocabulary:\n  dims:\n    - { word: 出口, dims: { direction: export } }\n    - { word: 进出口, dims: {} }\n");
        WordFinder.Dims("全省进出口总额", v).Should().NotContainKey("direction");
        WordFinder.Dims("其中，出口", v).Should().Contain("direction", "export");
    }

    [Test]
    public void A_bad_entry_is_reported_at_its_place_and_the_built_in_words_are_kept()
    {
        var (v, bag) = Read("vocabulary:\n  dims:\n    - { word: 美国 }\n  partitions:\n    - { key: country, parts: [us] }\n  colours: [red]\n");
        bag.Items.Select(d => (d.Code, d.Location.Line)).Should().BeEquivalentTo([("OC010", 3), ("OC027", 5), ("OC009", 6)]);
        bag.Items.Should().OnlyContain(d => d.Location.File.EndsWith("vocabulary.yaml", StringComparison.Ordinal));
        v.Should().BeSameAs(Vocabulary.BuiltIn);
    }

    [TestCase("{ key: scope, parts: [offshore, onshore], whole: offshore }", 29, "'offshore' is its whole (scope: offshore)",
        TestName = "a partition whose whole is one of its parts is refused at that part")]
    [TestCase("{ key: scope, parts: [offshore, all] }", 39, "'all' is its whole (scope: all)",
        TestName = "a partition naming the whole of its key among its parts is refused at that part")]
    [TestCase("{ key: scope, parts: [offshore, onshore], whole: { scope: onshore } }", 39, "'onshore' is its whole (scope: onshore)",
        TestName = "a partition whose whole's dims set its key to one of its parts is refused at that part")]
    [TestCase("{ key: category, parts: [ITO, BPO, ITO] }", 42, "'ITO' is named twice among its parts",
        TestName = "a partition naming a part twice is refused at the second")]
    public void A_partition_that_would_add_a_figure_to_itself_is_refused(string partition, int column, string why)
    {
        // Before, propose wrote 'offshore = offshore + onshore' and 'all = ITO + ITO' from such partitions.
        var (v, bag) = Read($"vocabulary:\n  partitions:\n    - {partition}\n");
        bag.Items.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Code == "OC027" && d.Location.Line == 3 && d.Location.Column == column && d.Message.Contains(why));
        v.Should().BeSameAs(Vocabulary.BuiltIn);
    }

    [Test]
    public void A_partition_may_name_the_dims_of_its_whole_and_say_its_parts_do_not_fill_it()
    {
        var (v, bag) = Read("vocabulary:\n  partitions:\n    - { key: province, parts: [jiangsu, zhejiang], whole: { region: east } }\n    - { key: service, parts: [software_rd], whole: it_rd, exhaustive: false }\n");
        bag.Items.Should().BeEmpty();
        var provinces = v.Partitions.Single(p => p.Key == "province");
        provinces.Exhaustive.Should().BeTrue();
        provinces.WholeOf(new Dictionary<string, string> { ["province"] = "jiangsu", ["scope"] = "offshore" })
            .Should().Equal(new Dictionary<string, string> { ["region"] = "east", ["scope"] = "offshore" });
        var services = v.Partitions.Single(p => p.Parts.Contains("software_rd"));
        services.Exhaustive.Should().BeFalse();
        services.WholeOf(new Dictionary<string, string> { ["service"] = "software_rd" }).Should().Equal(new Dictionary<string, string> { ["service"] = "it_rd" });
    }

    [Test]
    public void A_partition_that_fills_its_whole_has_two_parts_and_exhaustive_is_true_or_false()
    {
        var (_, bag) = Read("vocabulary:\n  partitions:\n    - { key: service, parts: [a], whole: b }\n    - { key: service, parts: [a, c], exhaustive: maybe }\n    - { key: region, parts: [a, c], whole: {} }\n");
        bag.Items.Select(d => (d.Code, d.Location.Line, d.Message.Contains("at least two parts") || d.Message.Contains("true or false") || d.Message.Contains("names the dims of the whole")))
            .Should().BeEquivalentTo([("OC027", 3, true), ("OC027", 4, true), ("OC027", 5, true)]);
    }
}
