using FluentAssertions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OutsourcingChecks.Tests.Loading;

/// <summary>
/// The loader's own YAML nodes are what YamlDotNet's representation model would have given the
/// readers: the same shape, texts, lines and columns, and the same errors at the same places.
/// </summary>
[TestFixture]
public class NodeBuilderTests
{
    private static readonly string[] Documents =
    [
        "facts:\n  - id: a\n    value: 22.80\n    dims: { scope: all, category: ITO }\n    qualifiers: [about, decline]\n",
        "rules:\n  - id: sum.x\n    kind: sum\n    parts:\n      - a\n      - \"b\"\n    total: 'c'\n    note: >-\n      folded\n      text\n",
        "facts:\n",
        "facts: []\nskipped:\n  - line: 17\n    text: 〔2020〕12 号\n",
        "- just\n- a list\n",
        "a scalar\n",
        "---\nfirst: 1\n",
        "? [complex, key]\n: value\nplain: \"\"\n",
        "outer:\n  inner:\n    deeper: [[1, 2], {x: y}]\n",
    ];

    [TestCaseSource(nameof(Documents))]
    public void Gives_the_shape_text_and_position_of_the_representation_model(string yaml)
    {
        var ours = NodeBuilder.FirstDocument(new Parser(new StringReader(yaml)));

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        ours.Should().NotBeNull();
        NodeText.Show(ours!).Should().Be(NodeText.Show(stream.Documents[0].RootNode));
    }

    [TestCase("first: 1\n---\nsecond: 2\n", 2, TestName = "a second document is refused where it starts")]
    [TestCase("---\nfirst: 1\n...\n---\nsecond: NaN\n", 4, TestName = "a second document after an end marker is refused where it starts")]
    [TestCase("first: 1\n---\n", 2, TestName = "an empty second document is refused too")]
    public void A_second_document_is_refused_not_ignored(string yaml, int line)
    {
        var act = () => NodeBuilder.FirstDocument(new Parser(new StringReader(yaml)));
        act.Should().Throw<NodeBuilder.SecondDocumentFound>().Which.Mark.Line.Should().Be(line);
    }

    [Test]
    public void A_stream_with_no_document_has_no_root()
    {
        NodeBuilder.FirstDocument(new Parser(new StringReader("# only a comment\n"))).Should().BeNull();
    }

    [TestCase("facts:\n  - id: a\n    id: b\n")]
    [TestCase("k1: 1\nk2: 2\nk3: 3\nk4: 4\nk5: 5\nk6: 6\nk7: 7\nk8: 8\nk9: 9\nk10: 10\nk3: again\n")]
    [TestCase("{ a: 1, b: 2, a: 3 }\n")]
    public void A_duplicate_key_fails_where_and_as_the_representation_model_fails(string yaml)
    {
        var ours = Catch(() => NodeBuilder.FirstDocument(new Parser(new StringReader(yaml))));
        var theirs = Catch(() => new YamlStream().Load(new StringReader(yaml)));

        ours.Should().NotBeNull();
        theirs.Should().NotBeNull();
        (ours!.Start.Line, ours.Start.Column, ours.Message).Should().Be((theirs!.Start.Line, theirs.Start.Column, theirs.Message));
    }

    [Test]
    public void The_same_key_in_two_mappings_is_no_duplicate()
    {
        var root = NodeBuilder.FirstDocument(new Parser(new StringReader("facts:\n  - id: a\n  - id: b\n")));
        var facts = (ListNode)((MapNode)root!).Find("facts")!;
        facts.Items.Select(i => ((ScalarNode)((MapNode)i).Find("id")!).Text).Should().Equal("a", "b");
    }

    [TestCase("a: &x 1\nb: *x\n", 1, 4)]
    [TestCase("a: 1\nb: *x\n", 2, 4)]
    public void The_first_anchor_or_alias_stops_the_read(string yaml, int line, int column)
    {
        var act = () => NodeBuilder.FirstDocument(new Parser(new StringReader(yaml)));

        var found = act.Should().Throw<NodeBuilder.AliasFound>().Which;
        (found.Mark.Line, found.Mark.Column).Should().Be((line, column));
    }

    [Test]
    public void Deep_nesting_does_not_exhaust_the_stack()
    {
        var yaml = new string('[', 20_000) + new string(']', 20_000) + "\n";

        var root = NodeBuilder.FirstDocument(new Parser(new StringReader(yaml)));

        var depth = 0;
        for (var n = root; n is ListNode { Items.Count: 1 } l; n = l.Items[0]) depth++;
        depth.Should().Be(19_999);
    }

    [Test]
    public void A_duplicate_key_in_a_facts_file_is_an_input_error_at_the_second_key()
    {
        var (_, d) = RawReport.Load(facts: "facts:\n  - id: a\n    value: 1\n    value: 2\n");

        var error = d.Should().ContainSingle(x => x.Code == "OC005").Which;
        error.Location.Line.Should().Be(4);
        error.Location.Column.Should().Be(5);
        error.Message.Should().Contain("Duplicate key value");
    }

    private static YamlException? Catch(Action act)
    {
        try { act(); return null; }
        catch (YamlException ex) { return ex; }
    }
}
