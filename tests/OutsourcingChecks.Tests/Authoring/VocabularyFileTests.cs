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
}
