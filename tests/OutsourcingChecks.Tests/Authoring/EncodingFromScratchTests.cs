using FluentAssertions;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Proposing;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Authoring;

/// <summary>
/// A report encoded from its text alone: <c>stub</c> proposes a fact or a skipped entry for every
/// figure coverage counts, the stubs load as they are, and <c>propose</c> finds a rule for every
/// identity the text implies. On the example report (its hand-written rules are the identities) and
/// on a trade bulletin written for this test (Authoring/TradeReport: the identities its author meant,
/// listed below).
/// </summary>
[TestFixture]
public class EncodingFromScratchTests
{
    private sealed record Encoded(Report Report, StubResult Stubs, ProposalSet Proposals, CoverageResult Coverage);

    /// <summary>Stub the text with the folder's vocabulary, keep every stub as it is, load, propose.</summary>
    private static Encoded Encode(string factsFolder)
    {
        var dir = Repository.Scratch();
        var (facts, rules) = (Path.Combine(dir, "facts"), Path.Combine(dir, "rules"));
        Directory.CreateDirectory(facts);
        Directory.CreateDirectory(rules);
        foreach (var name in new[] { "source.txt", VocabularyFile.FileName })
            if (File.Exists(Path.Combine(factsFolder, name))) File.Copy(Path.Combine(factsFolder, name), Path.Combine(facts, name));
        var bag = new DiagnosticBag();
        var vocabulary = VocabularyFile.For(facts, bag);
        bag.Items.Should().BeEmpty();
        var source = SourceText.FromText("source.txt", File.ReadAllText(Path.Combine(facts, "source.txt")));
        var stubs = Stubber.Stub(source, 1, source.Lines.Count, [], [], vocabulary: vocabulary);
        File.WriteAllText(Path.Combine(facts, "facts.yaml"), StubWriter.Render(stubs, "source.txt"));
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(facts, rules, Path.Combine(facts, "source.txt")));
        diagnostics.Should().BeEmpty("the stubs load as they are");
        return new Encoded(report!, stubs, ProposalEvaluator.Propose(report!, vocabulary), CoverageAnalyzer.Analyze(report!));
    }

    private static readonly string TradeFolder = Repository.File("tests", "OutsourcingChecks.Tests", "Authoring", "TradeReport", "facts", "trade");

    /// <summary>The identities the trade bulletin implies, as its author wrote them: the kind and the facts (ids as stub names them).</summary>
    private static readonly (string Kind, string[] Facts)[] TradeIdentities =
    [
        ("sum", ["trade.2023", "trade.export.2023", "trade.import.2023"]),
        ("sum", ["trade.2023", "trade.growth.2023", "trade.export.2023", "trade.growth.export.2023", "trade.import.2023", "trade.growth.import.2023"]),
        ("sum", ["trade.2023", "trade.general.2023", "trade.processing.2023", "trade.other.2023"]),
        ("sum", ["trade.2023", "trade.growth.2023", "trade.general.2023", "trade.growth.general.2023", "trade.processing.2023", "trade.growth.processing.2023", "trade.other.2023", "trade.growth.other.2023"]),
        ("sum", ["t1.trade.2023", "trade.asean.2023", "trade.eu.2023", "trade.us.2023", "t1.trade.other.2023"]),
        ("sum", ["trade.share.2023", "trade.share.asean.2023", "trade.share.eu.2023", "trade.share.us.2023", "trade.share.other.2023"]),
        ("share", ["trade.export.2023", "trade.2023", "trade.share.export.2023"]),
        ("share", ["trade.asean.2023", "t1.trade.2023", "trade.share.asean.2023"]),
        ("share", ["trade.eu.2023", "t1.trade.2023", "trade.share.eu.2023"]),
        ("share", ["trade.us.2023", "t1.trade.2023", "trade.share.us.2023"]),
        ("share", ["t1.trade.other.2023", "t1.trade.2023", "trade.share.other.2023"]),
        ("points", ["trade.share.export.2023", "trade.export.2023", "trade.growth.export.2023", "trade.2023", "trade.growth.2023", "trade.share.change.export.2023"]),
        ("expression", ["trade.export.2023", "trade.growth.export.2023", "trade.2023", "trade.growth.2023", "trade.contribution.export.2023"]),
        ("cagr", ["trade.2018", "trade.2023", "trade.cagr.2018_2023"]),
        ("multiple", ["trade.ecommerce.2023", "trade.ecommerce.2018", "trade.multiple.ecommerce.2018_2023"]),
    ];

    [Test]
    public void The_trade_bulletin_is_stubbed_whole_without_a_todo()
    {
        var e = Encode(TradeFolder);
        e.Stubs.Stubs.Should().OnlyContain(s => s.Todo.Count == 0);
        (e.Stubs.Stubs.Count + e.Stubs.Skips.Count).Should().Be(e.Stubs.FiguresFound);
        e.Coverage.Found.Should().Be(e.Stubs.FiguresFound, "stub and coverage count the same figures");
        e.Coverage.Uncovered.Should().Be(0);
        e.Coverage.UnmatchedFacts.Should().BeEmpty();
    }

    [Test]
    public void The_trade_bulletin_reads_its_list_its_table_its_span_and_its_multiple()
    {
        var stubs = Encode(TradeFolder).Stubs.Stubs.ToDictionary(s => s.Id);
        string Dims(string id) => string.Join(", ", stubs[id].Dims.Select(d => $"{d.Key}: {d.Value}"));
        Dims("trade.processing.2023").Should().Be("mode: processing", "the second of 一般贸易、加工贸易、其他贸易方式 … 分别为 …");
        Dims("trade.growth.other.2023").Should().Be("mode: other", "同比分别增长 pairs with the same items");
        Dims("trade.share.us.2023").Should().Be("market: us, of: all", "a table cell: its row and its column");
        stubs["trade.share.us.2023"].Unit.Should().Be("%", "the column head gives the unit");
        stubs["trade.cagr.2018_2023"].Period.Should().Be("2018-2023", "过去五年 to the year the text is about");
        stubs["trade.multiple.ecommerce.2018_2023"].Measure.Should().Be("trade.multiple");
        stubs["t1.trade.2023"].Id.Should().StartWith("t1.", "the table's total restates the text's: a prefix tells them apart");
    }

    [Test]
    public void Propose_finds_a_rule_for_every_identity_the_trade_bulletin_implies_and_each_holds()
    {
        var e = Encode(TradeFolder);
        var resolver = new FactResolver(e.Report.Facts, []);
        var proposed = e.Proposals.New.Select(p => ProposalEvaluator.Identity(p.Rule.Kind, p.Figures)).ToHashSet();
        foreach (var (kind, facts) in TradeIdentities)
            proposed.Should().Contain(ProposalEvaluator.Identity(kind, resolver.Facts(facts)), $"{kind} over {string.Join(", ", facts)}");
        e.Proposals.New.Should().OnlyContain(p => p.Status == ProposalStatus.Consistent, "the bulletin's figures agree");
    }

    [Test]
    public void The_example_report_encoded_from_its_text_gets_every_rule_its_editor_wrote()
    {
        var e = Encode(Repository.File("facts", "example"));
        e.Coverage.Uncovered.Should().Be(0);
        // the hand-written rules of rules/example, each as an identity over the facts (resolved to the quantities they state)
        var (hand, diagnostics) = ReportLoader.Load(new ReportPaths(Repository.File("facts", "example"), Repository.File("rules", "example"), Repository.File("facts", "example", "source.txt")));
        diagnostics.Should().BeEmpty();
        // the two encodings name their facts differently: compare them by the figures (line and value) they stand on
        static string Figure(Fact f) => $"{f.SourceLine}:{f.Value.Written}";
        var handResolver = new FactResolver(hand!.Facts, hand.Derived, Figure);
        var written = CheckCompiler.Compile(hand, new DiagnosticBag()).OfType<RelationCheck>()
            .Select(c => (c.Id, Identity: ProposalEvaluator.Identity(c.Kind, handResolver.Facts(c.Stated.References().Concat(c.Implied.References()))))).ToList();
        written.Should().HaveCount(10);
        var derived = e.Proposals.Derived.Select(d => new Derived(d.Id, OutsourcingChecks.Expressions.ExprParser.TryParse(d.Expression, out _)!, d.Expression, d.Measure,
            SortedMap<string>.Of(d.Dims.ToList()), d.Period, null, Location.None));
        var resolver = new FactResolver(e.Report.Facts, derived, Figure);
        var proposed = e.Proposals.New.Select(p => ProposalEvaluator.Identity(p.Rule.Kind,
            resolver.Facts(p.Rule.Fields.SelectMany(f => f.Items).SelectMany(ProposalEvaluator.Refs)))).ToHashSet();
        foreach (var (id, identity) in written) proposed.Should().Contain(identity, $"the example's rule {id}");
        // what fails is what the editor acknowledged: the KPO row of the table
        e.Proposals.New.Where(p => p.Status != ProposalStatus.Consistent).Select(p => p.Message).Should()
            .HaveCount(2).And.OnlyContain(m => m!.Contains("KPO", StringComparison.Ordinal));
    }
}
