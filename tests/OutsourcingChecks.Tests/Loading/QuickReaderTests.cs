using System.Text;
using FluentAssertions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Synthetic;
using OutsourcingChecks.Tests.Support;
using YamlDotNet.Core;

namespace OutsourcingChecks.Tests.Loading;

/// <summary>
/// The quick reader takes only documents that are certainly valid YAML, and gives for them exactly
/// the nodes that YamlDotNet's parser gives (shape, texts, lines, columns); everything else it
/// leaves to YamlDotNet.
/// </summary>
[TestFixture]
public class QuickReaderTests
{
    private static readonly string[] Taken =
    [
        "facts:\n  - id: g0.total   # trailing\n    value: -21538.9\n    unit: \"亿美元\"\n    dims: { scope: all, group: \"g 0\" }\n",
        "facts:\n- id: a\n  qualifiers: [about, 'it''s', \"say \\\"hi\\\"\"]\n  empty: {}\n  none: []\nrules:\n- id: r\n",
        "# a comment first\n\nrules:\n  - id: r.1\n    kind: sum\n    parts:\n      - a\n      - b\n    total: c\n",
        "a:\n    b:\n        c: deep\n    d: [x, -1, 2.5]\n",
        "acknowledged:\n  - finding: same.a.vs.b\n    figures: { a: 22.8, b: 22.9 }\n    reason: the text says 22.8 % (line 102); 22.9 % (line 613) disagrees\n",
        "a: http://example.org/x#y\nb: R&D, [sic] {x}\nc: 'a: b'\nd: \"# not a comment\"\r\ne: 1\r\n",
        "a:\n  - key:\n      - x\n  - key: [y]\n",
        "a:\n  - note: >-\n      folded\n      text, 中文\n    reason: >\n      kept\n      newline\n  - |-\n    literal\n    lines\n  - |\n    one\nb: 1\n",
        "rules:\n  - id: ch03.share.ITO.{s}.2021\n    for: { s: [it_rd, it_ops], t: [[1, 2], {u: v}] }\n",
    ];

    private static readonly string[] LeftToYamlDotNet =
    [
        "note: >-\n  folded\n\n  after a blank line\n",
        "note: >-\n  folded\n    deeper\n",
        "note: >-\n  # text, not a comment\n",
        "note: >+\n  kept\n",
        "note: >2-\n   indented\n",
        "note: >- # comment\n  text\n",
        "note: |-\n  trailing space \n",
        "note: a plain scalar\n  continued on the next line\n",
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "a: 1\na: 2\n",
        "dims: { a: 1,\n  b: 2 }\n",
        "---\na: 1\n",
        "a: \"\\x41\"\n",
        "- a\n- b\n",
        "a:\n",
        "a: b: c\n",
        "a:\tb\n",
        "a: \"unclosed\n",
        "  a: 1\nb: 2\n",
        "a: 1\n  b: 2\n",
        "\"quoted key\": 1\n",
        "a: 1 # c\nb: [x, y,]\n",
        "a: x\u2028y\n",
        "a: " + new string('[', 20_000) + new string(']', 20_000) + "\n",
        string.Concat(Enumerable.Range(0, 40).Select(i => $"k{i}: {i}\n")),
        string.Concat(Enumerable.Range(0, 3_000).Select(i => new string(' ', i) + "k:\n")) + new string(' ', 3_000) + "k: deep\n",
    ];

    [TestCaseSource(nameof(Taken))]
    public void Takes_the_plain_shape_and_gives_the_nodes_of_YamlDotNet(string yaml)
    {
        var quick = QuickReader.TryRead(yaml);

        quick.Should().NotBeNull();
        NodeText.Show(quick!).Should().Be(NodeText.Show(Full(yaml)!));
    }

    [TestCaseSource(nameof(LeftToYamlDotNet))]
    public void Leaves_anything_else_to_YamlDotNet(string yaml)
    {
        QuickReader.TryRead(yaml).Should().BeNull();
    }

    [Test]
    public void Takes_every_file_of_the_repository_reports_and_agrees_with_YamlDotNet()
    {
        var files = new[] { "facts", "rules" }
            .SelectMany(d => Directory.EnumerateFiles(Repository.File(d), "*.yaml", SearchOption.AllDirectories))
            .ToList();
        files.Should().HaveCountGreaterThan(40);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var quick = QuickReader.TryRead(text);
            quick.Should().NotBeNull(file);
            NodeText.Show(quick!).Should().Be(NodeText.Show(Full(text)!), file);
        }
    }

    [Test]
    public void Agrees_with_YamlDotNet_on_the_bad_input_corpus()
    {
        var files = Directory.EnumerateFiles(Repository.File("tests", "OutsourcingChecks.Tests", "BadInput", "corpus"), "*.yaml", SearchOption.AllDirectories).ToList();
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (QuickReader.TryRead(text) is not { } quick) continue;
            NodeText.Show(quick).Should().Be(NodeText.Show(Full(text)!), file);
        }
    }

    [Test]
    public void Takes_every_file_of_a_synthetic_report()
    {
        var dir = Repository.Scratch();
        var paths = SyntheticReport.Write(dir, 2_000);
        foreach (var file in Directory.EnumerateFiles(paths.FactsDirectory, "*.yaml").Concat(Directory.EnumerateFiles(paths.RulesDirectory, "*.yaml")))
        {
            var text = File.ReadAllText(file);
            var quick = QuickReader.TryRead(text);
            quick.Should().NotBeNull(file);
            NodeText.Show(quick!).Should().Be(NodeText.Show(Full(text)!), file);
        }
        Directory.Delete(dir, recursive: true);
    }

    /// <summary>
    /// Generated documents of the shapes input files have, with plain or tricky scalars, then
    /// mutated by inserting, deleting or re-indenting at random: whatever the quick reader takes,
    /// YamlDotNet reads without error into the same nodes. Plain, unmutated documents are all taken.
    /// </summary>
    [Test]
    public void Agrees_with_YamlDotNet_on_generated_and_mutated_documents()
    {
        var taken = 0;
        for (var seed = 0; seed < 20_000; seed++)
        {
            var random = new Random(seed);
            var tricky = seed % 2 == 1;
            var yaml = Documents.Generate(random, tricky);
            var mutated = seed % 4 >= 2;
            if (mutated) yaml = Documents.Mutate(random, yaml);

            var quick = QuickReader.TryRead(yaml);
            if (!tricky && !mutated) quick.Should().NotBeNull($"seed {seed} gives the plain shape:\n{yaml}");
            if (quick is null) continue;
            taken++;
            Node? full = null;
            var read = () => full = Full(yaml);
            read.Should().NotThrow($"seed {seed}: the quick reader took\n{yaml}");
            NodeText.Show(quick).Should().Be(NodeText.Show(full!), $"seed {seed}:\n{yaml}");
        }
        taken.Should().BeGreaterThan(5_000);
    }

    /// <summary>Random text of YAML's significant characters: the reader returns or gives up, it never throws.</summary>
    [Test]
    public void Never_throws_on_random_text()
    {
        const string alphabet = "  \n\n\r-:#'\"[]{},&*!|>?%@`\\\tax1.中";
        for (var seed = 0; seed < 20_000; seed++)
        {
            var random = new Random(seed);
            var text = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var read = () => QuickReader.TryRead(text);
            read.Should().NotThrow($"seed {seed}");
            if (read() is { } quick) NodeText.Show(quick).Should().Be(NodeText.Show(Full(text)!), $"seed {seed}: {text}");
        }
    }

    private static Node? Full(string yaml) => NodeBuilder.FirstDocument(new Parser(new StringReader(yaml)));

    /// <summary>Random documents shaped like fact and rule files, and random edits of them.</summary>
    private static class Documents
    {
        private static readonly string[] PlainWords = ["a", "g0.total", "2021", "-21538.9", "22.8", "亿美元", "个百分点", "execution share", "R&D", "x-y", "0.1", "ITO", "长三角 地区"];

        private static readonly string[] TrickyWords =
        [
            "a: b", "a:b", "a #b", "a#b", "#c", "-", "- x", "-1", "--x", "?x", "? x", ":x", "[x]", "x]", "{x}", "x, y", "&a", "*a",
            "!t", "|", ">", "%x", "@x", "`x", "'q'", "\"q\"", "it's", "a\\b", "x:", "~", "null", " lead", "trail ", "http://x/y#z", "x,", "...", "---",
        ];

        public static string Generate(Random random, bool tricky)
        {
            var sb = new StringBuilder();
            var newline = random.Next(8) == 0 ? "\r\n" : "\n";
            if (random.Next(3) == 0) sb.Append("# generated").Append(newline);
            var step = random.Next(3) == 0 ? 4 : 2;
            var sections = random.Next(1, 4);
            for (var s = 0; s < sections; s++)
            {
                sb.Append(s switch { 0 => "facts", 1 => "rules", _ => "skipped" }).Append(':').Append(newline);
                var indentless = random.Next(3) == 0;
                var dash = indentless ? 0 : step;
                for (var e = random.Next(1, 4); e > 0; e--)
                {
                    var fields = random.Next(1, 6);
                    for (var f = 0; f < fields; f++)
                    {
                        var prefix = f == 0 ? new string(' ', dash) + "- " : new string(' ', dash + 2);
                        sb.Append(prefix).Append("k").Append(f).Append(": ");
                        Value(sb, random, tricky, dash + 2 + step, newline);
                        if (random.Next(10) == 0) sb.Append(newline);
                        if (random.Next(10) == 0) sb.Append(new string(' ', random.Next(dash + 3))).Append("# note").Append(newline); // less indented than a block scalar's text
                    }
                }
            }
            return sb.ToString();
        }

        private static void Value(StringBuilder sb, Random random, bool tricky, int nested, string newline)
        {
            switch (random.Next(8))
            {
                case 7:
                    sb.Append(">|"[random.Next(2)]).Append(random.Next(2) == 0 ? "-" : "").Append(newline);
                    for (var i = random.Next(1, 4); i > 0; i--) sb.Append(new string(' ', nested)).Append(Scalar(random, tricky, flow: false)).Append(newline);
                    return;
                case 0:
                    sb.Append("{ ");
                    for (var i = random.Next(0, 3); i >= 0; i--) sb.Append("d").Append(i).Append(": ").Append(Scalar(random, tricky, flow: true)).Append(i > 0 ? ", " : " ");
                    sb.Append('}');
                    break;
                case 1:
                    sb.Append('[');
                    for (var i = random.Next(0, 3); i >= 0; i--) sb.Append(Scalar(random, tricky, flow: true)).Append(i > 0 ? ", " : "");
                    sb.Append(']');
                    break;
                case 2:
                    sb.Append(newline);
                    for (var i = random.Next(1, 3); i > 0; i--) sb.Append(new string(' ', nested)).Append("- ").Append(Scalar(random, tricky, flow: false)).Append(newline);
                    return;
                case 3:
                    sb.Append(newline);
                    for (var i = random.Next(1, 3); i > 0; i--) sb.Append(new string(' ', nested)).Append("m").Append(i).Append(": ").Append(Scalar(random, tricky, flow: false)).Append(newline);
                    return;
                default:
                    sb.Append(Scalar(random, tricky, flow: false));
                    break;
            }
            if (random.Next(6) == 0) sb.Append("  # comment");
            sb.Append(newline);
        }

        private static string Scalar(Random random, bool tricky, bool flow)
        {
            if (flow && random.Next(8) == 0)
            {
                var inner = Scalar(random, tricky, flow: true);
                return random.Next(2) == 0 ? $"[{inner}, {Scalar(random, tricky, flow: true)}]" : $"{{ n: {inner} }}";
            }
            var word = tricky && random.Next(2) == 0 ? TrickyWords[random.Next(TrickyWords.Length)] : PlainWords[random.Next(PlainWords.Length)];
            return random.Next(tricky ? 3 : 5) switch
            {
                0 => "\"" + (tricky ? word : word.Replace("\\", "\\\\").Replace("\"", "\\\"")) + "\"",
                1 => "'" + (tricky ? word : word.Replace("'", "''")) + "'",
                _ => word,
            };
        }

        public static string Mutate(Random random, string yaml)
        {
            const string pieces = " :#-'\"[]{},&*!|>?%@`\\\t\n\r\u00a0x1";
            var sb = new StringBuilder(yaml);
            for (var edits = random.Next(1, 4); edits > 0 && sb.Length > 0; edits--)
            {
                var at = random.Next(sb.Length);
                switch (random.Next(4))
                {
                    case 0: sb.Insert(at, pieces[random.Next(pieces.Length)]); break;
                    case 1: sb.Remove(at, 1); break;
                    case 2: sb.Insert(at, ' '); break;
                    default:
                        var lineStart = at;
                        while (lineStart > 0 && sb[lineStart - 1] != '\n') lineStart--;
                        if (sb[lineStart] == ' ') sb.Remove(lineStart, 1);
                        else sb.Insert(lineStart, "  ");
                        break;
                }
            }
            return sb.ToString();
        }
    }
}
