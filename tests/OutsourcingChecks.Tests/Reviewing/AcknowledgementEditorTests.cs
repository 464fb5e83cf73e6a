using FluentAssertions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Reviewing;
using YamlDotNet.RepresentationModel;

namespace OutsourcingChecks.Tests.Reviewing;

/// <summary>
/// The acknowledgements file is edited as text: an entry is added after the last one or updated in place,
/// and every other entry, comment and blank line stays as written.
/// </summary>
[TestFixture]
public class AcknowledgementEditorTests
{
    private static readonly AcknowledgementEntry NewEntry = new("sum.parts",
        [new("a", "100.0"), new("b", "60.0"), new("c", "50.0")], "The parts exceed the total by 10.0; B is wrong.");

    private const string TwoEntries = """
        # Reviewed discrepancies.
        acknowledged:
          # growth rates
          - finding: same.e.vs.f
            figures: { e: "22.8", f: "22.9" }
            reason: >-
              Chapter 2 rounds differently.

          - finding: old.one
            figures:
              a: "1.0"
            # checked by the editor
            reason: an old review # keep me
        # end of file

        """;

    [Test]
    public void A_new_entry_goes_after_the_last_one_and_every_line_of_the_file_stays()
    {
        var edit = Edit(TwoEntries, NewEntry);
        edit.Updated.Should().BeFalse();
        Keeps(TwoEntries, edit.Text).Should().BeTrue("nothing of the file is lost or moved");
        Lines(edit.Text).Should().HaveCount(Lines(TwoEntries).Count + Lines(AcknowledgementEditor.Render(NewEntry, 2)).Count, "only the entry is added");
        Entries(edit.Text).Select(e => e.Finding).Should().Equal("same.e.vs.f", "old.one", "sum.parts");
        edit.Text.Should().Contain("an old review # keep me\n\n  - finding: sum.parts", "entries are separated as the file separates them");
        edit.Text.IndexOf("sum.parts", StringComparison.Ordinal).Should().BeLessThan(edit.Text.IndexOf("# end of file", StringComparison.Ordinal));
    }

    [Test]
    public void The_new_entry_pins_the_figures_and_keeps_the_reason_exactly()
    {
        var entry = Entries(Edit(TwoEntries, NewEntry).Text).Single(e => e.Finding == "sum.parts");
        entry.Figures.Should().Equal(new Dictionary<string, string> { ["a"] = "100.0", ["b"] = "60.0", ["c"] = "50.0" });
        entry.Reason.Should().Be(NewEntry.Reason);
    }

    [Test]
    public void An_existing_entry_is_updated_in_place_keeping_its_comments_and_the_other_entries()
    {
        var update = new AcknowledgementEntry("old.one", [new("a", "1.0"), new("b", "2.0")], "A fresh review.");
        var edit = Edit(TwoEntries, update);
        edit.Updated.Should().BeTrue();
        var entries = Entries(edit.Text);
        entries.Select(e => e.Finding).Should().Equal("same.e.vs.f", "old.one");
        entries[1].Figures.Should().Equal(new Dictionary<string, string> { ["a"] = "1.0", ["b"] = "2.0" });
        entries[1].Reason.Should().Be("A fresh review.");
        edit.Text.Should().Contain("    # checked by the editor\n").And.Contain("# keep me").And.Contain("# end of file");
        edit.Text.Should().Contain("    figures:\n      a: \"1.0\"\n      b: \"2.0\"\n", "block-style figures stay block style");
        edit.Text[..edit.Text.IndexOf("  - finding: old.one", StringComparison.Ordinal)]
            .Should().Be(TwoEntries[..TwoEntries.IndexOf("  - finding: old.one", StringComparison.Ordinal)], "the entries before it are untouched");
    }

    [Test]
    public void Updating_a_folded_reason_replaces_all_of_its_lines()
    {
        var edit = Edit(TwoEntries, new AcknowledgementEntry("same.e.vs.f", [new("e", "22.8"), new("f", "23.0")], "Now 23.0."));
        var entry = Entries(edit.Text).Single(e => e.Finding == "same.e.vs.f");
        entry.Reason.Should().Be("Now 23.0.");
        entry.Figures["f"].Should().Be("23.0");
        edit.Text.Should().NotContain("rounds differently");
        edit.Text.Should().Contain("Now 23.0.\n\n  - finding: old.one", "the blank line between entries stays");
    }

    [TestCase("acknowledged: []\n", TestName = "an empty flow list becomes a block list")]
    [TestCase("acknowledged:\n", TestName = "an empty section gets its first entry")]
    [TestCase("rules: []\n", TestName = "a file without the section gets one at its end")]
    [TestCase("# only a comment\n", TestName = "a file of comments gets the section")]
    [TestCase("", TestName = "an empty file gets the section")]
    public void A_file_without_entries_gets_the_first(string text)
    {
        var edit = Edit(text, NewEntry);
        Entries(edit.Text).Select(e => e.Finding).Should().Equal("sum.parts");
        foreach (var line in Lines(text).Where(l => l.StartsWith('#'))) edit.Text.Should().Contain(line);
    }

    [Test]
    public void A_file_that_does_not_exist_yet_is_created()
    {
        var edit = AcknowledgementEditor.Upsert(null, "new.yaml", NewEntry, new DiagnosticBag())!;
        edit.Text.Should().StartWith("acknowledged:\n  - finding: sum.parts\n");
        Entries(edit.Text).Should().ContainSingle();
    }

    [TestCase("A plain reason.")]
    [TestCase("Quotes \" and \\ backslashes, a colon: here, a # hash and 'single' quotes")]
    [TestCase("Two  spaces  between words must survive folding, even when the line is long enough to be wrapped somewhere in the middle of it.")]
    [TestCase("第三章第 613 行写作 22.9%，第一章第 102 行写作 22.8%；同一增速，小数位相同，必有一处笔误。请编辑核对商务部数据后修改其中一处。这一句话没有空格，所以不会被折行，但仍然必须原样保留下来，一字不差。")]
    [TestCase("- starts like a list item")]
    [TestCase("ends with a colon:")]
    public void A_reason_reads_back_exactly(string reason)
    {
        var text = Edit(TwoEntries, NewEntry with { Reason = reason }).Text;
        Entries(text).Single(e => e.Finding == "sum.parts").Reason.Should().Be(reason);
    }

    [Test]
    public void A_reason_followed_by_a_comment_on_its_line_is_replaced_by_a_quoted_one_so_the_comment_stays_a_comment()
    {
        var text = Edit(TwoEntries, new AcknowledgementEntry("old.one", [new("a", "1.0")], "Reviewed again, and long enough to need more than one line if it were folded into a block of text.")).Text;
        Entries(text).Single(e => e.Finding == "old.one").Reason.Should().StartWith("Reviewed again");
        text.Should().Contain("\" # keep me");
    }

    [Test]
    public void Windows_line_endings_are_kept()
    {
        var crlf = TwoEntries.Replace("\n", "\r\n");
        var text = Edit(crlf, NewEntry).Text;
        text.Replace("\r\n", "").Should().NotContain("\n", "every line break is CRLF");
        Entries(text).Select(e => e.Finding).Should().Equal("same.e.vs.f", "old.one", "sum.parts");
    }

    [Test]
    public void A_list_in_flow_style_is_refused_with_its_location()
    {
        var bag = new DiagnosticBag();
        AcknowledgementEditor.Upsert("x: 1\nacknowledged: [ { finding: a, figures: {}, reason: r } ]\n", "ack.yaml", NewEntry, bag).Should().BeNull();
        bag.Items.Single().ToString().Should().StartWith("ack.yaml:2:1: error OC090");
    }

    [Test]
    public void Malformed_yaml_is_refused_with_its_location()
    {
        var bag = new DiagnosticBag();
        AcknowledgementEditor.Upsert("acknowledged:\n  - finding: [unclosed\n", "ack.yaml", NewEntry, bag).Should().BeNull();
        bag.Items.Single().Location.File.Should().Be("ack.yaml");
        bag.Items.Single().Location.Line.Should().BeGreaterThan(0);
    }

    [Test]
    public void An_empty_reason_is_refused()
    {
        var bag = new DiagnosticBag();
        AcknowledgementEditor.Upsert(TwoEntries, "ack.yaml", NewEntry with { Reason = "  " }, bag).Should().BeNull();
        bag.HasErrors.Should().BeTrue();
    }

    private static AcknowledgementEdit Edit(string text, AcknowledgementEntry entry)
    {
        var bag = new DiagnosticBag();
        var edit = AcknowledgementEditor.Upsert(text, "ack.yaml", entry, bag);
        bag.Items.Should().BeEmpty();
        return edit!;
    }

    /// <summary>True when every line of the original stands in the edited text, in the same order.</summary>
    private static bool Keeps(string original, string edited)
    {
        var lines = Lines(edited);
        var at = 0;
        foreach (var line in Lines(original))
        {
            while (at < lines.Count && lines[at] != line) at++;
            if (at++ >= lines.Count) return false;
        }
        return true;
    }

    private static List<string> Lines(string text) => text.Replace("\r\n", "\n").Split('\n').Where(l => l.Length > 0).ToList();

    private sealed record Entry(string Finding, Dictionary<string, string> Figures, string Reason);

    private static List<Entry> Entries(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var list = (YamlSequenceNode)root.Children[new YamlScalarNode("acknowledged")];
        return list.Children.Cast<YamlMappingNode>().Select(m => new Entry(
            ((YamlScalarNode)m.Children[new YamlScalarNode("finding")]).Value!,
            ((YamlMappingNode)m.Children[new YamlScalarNode("figures")]).Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value!),
            ((YamlScalarNode)m.Children[new YamlScalarNode("reason")]).Value!)).ToList();
    }
}
