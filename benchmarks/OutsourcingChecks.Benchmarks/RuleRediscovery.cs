using System.Globalization;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Proposing;

namespace OutsourcingChecks.Benchmarks;

/// <summary>
/// How many of a report's hand-written checks <c>propose</c> finds again from the facts alone: the
/// rules are inferred from the encoded facts (and the report's vocabulary), each hand-written check
/// is rediscovered when a proposal states the same kind of identity over the same facts (derived
/// quantities resolved to their facts), and each proposal that fails is either a known discrepancy
/// (it rediscovers a check the report's run finds inconsistent, acknowledged or not), stands on a
/// figure of one (another identity over a figure the report already flags), or neither.
/// Per chapter (the rules file's chNN) and per kind.
/// </summary>
public static class RuleRediscovery
{
    private static readonly string[] Kinds = ["sum", "share", "growth", "points", "cagr", "expression", "multiple", "bound"];

    public static int Run(string factsDirectory, string rulesDirectory, bool list)
    {
        var (report, diagnostics) = ReportLoader.Load(new ReportPaths(factsDirectory, rulesDirectory, Path.Combine(factsDirectory, "source.txt")));
        if (report is null) throw new InvalidOperationException(string.Join("\n", diagnostics.Take(5)));
        var bag = new DiagnosticBag();
        var vocabulary = VocabularyFile.For(factsDirectory, bag);
        var run = Engine.Run(report);
        var failing = run.Findings.Where(f => f.Status != FindingStatus.Consistent).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);

        var (derived, rules) = RuleProposer.Infer(report, vocabulary);
        var set = ProposalEvaluator.Evaluate(report, derived, rules);
        var all = set.New.Concat(set.Repeated).ToList();
        var modelDerived = derived.Select(d => new Derived(d.Id, Expressions.ExprParser.TryParse(d.Expression, out _)!, d.Expression, d.Measure,
            SortedMap<string>.Of(d.Dims.ToList()), d.Period, null, Location.None));
        var resolver = new FactResolver(report.Facts, report.Derived.Concat(modelDerived));
        var flagged = run.Findings.Where(f => f.Status != FindingStatus.Consistent).SelectMany(f => f.Figures.Select(x => resolver.NameOf(x.Id))).ToHashSet(StringComparer.Ordinal);
        var proposed = all.Select(p => ProposalEvaluator.IdentityOf(p.Rule, p.Figures)).ToHashSet(StringComparer.Ordinal);

        var chapters = Chapters.Of(report.Source);
        var lineOf = report.Facts.GroupBy(f => resolver.NameOf(f.Id)).ToDictionary(g => g.Key, g => g.Min(f => f.SourceLine), StringComparer.Ordinal);
        string ChapterOfFigures(IEnumerable<string> facts) =>
            facts.Select(id => Chapters.For(chapters, lineOf.GetValueOrDefault(id, 1)).Key).Order(StringComparer.Ordinal).FirstOrDefault() ?? "front";
        var rows = new SortedDictionary<string, Row>(StringComparer.Ordinal);
        Row RowOf(string chapter) => rows.TryGetValue(chapter, out var r) ? r : rows[chapter] = new Row();
        var compileBag = new DiagnosticBag();
        foreach (var check in CheckCompiler.Compile(report, compileBag).OfType<RelationCheck>())
        {
            var row = RowOf(Chapter(check.Location.File));
            var figures = resolver.Facts(check.Stated.References().Concat(check.Implied.References()));
            var found = proposed.Contains(ProposalEvaluator.Identity(check.Kind, figures, check.Relation != Expressions.Relation.Equal));
            row.Add(check.Kind, found);
            if (list && !found && check.Kind is "sum" or "share" or "growth" or "points" or "cagr") Console.Error.WriteLine($"missed\t{check.Kind}\t{check.Id}\t{check.Claim}");
        }
        foreach (var p in all)
        {
            if (list) Console.Error.WriteLine($"proposed\t{p.Rule.Kind}\t{p.Rule.Id}\t{p.Status}\t{p.Repeats ?? "-"}\t{string.Join(" ", p.Rule.Fields.Select(f => f.Name + "=" + string.Join(",", f.Items)))}");
            var row = RowOf(ChapterOfFigures(p.Figures));
            row.Proposals++;
            if (p.Status == ProposalStatus.Consistent) continue;
            string why;
            if (p.Repeats is { } id && failing.Contains(id)) (row.Known, why) = (row.Known + 1, "known");
            else if (p.Figures.Any(flagged.Contains)) (row.Near, why) = (row.Near + 1, "on-known");
            else (row.Wrong, why) = (row.Wrong + 1, "unknown");
            if (list) Console.Error.WriteLine($"failing\t{why}\t{p.Rule.Kind}\t{p.Rule.Id}\t{p.Status}\t{p.Message}");
        }


        Console.WriteLine($"Rule rediscovery on {factsDirectory}: {all.Count} proposals ({set.Repeated.Count} repeat a hand-written check, {set.New.Count} new), {derived.Count} derived quantities proposed.");
        Console.WriteLine();
        Console.WriteLine("| chapter | " + string.Join(" | ", Kinds.Take(5).Select(k => k + " found / written")) + " | all kinds | proposals | failing: repeats a known discrepancy | failing: on a figure of a known discrepancy | failing: not known |");
        Console.WriteLine("| --- | " + string.Join(" | ", Kinds.Take(5).Select(_ => "---:")) + " | ---: | ---: | ---: | ---: | ---: |");
        var total = new Row();
        foreach (var (chapter, row) in rows)
        {
            Print(chapter, row);
            total.Merge(row);
        }
        Print("**total**", total);
        return 0;
    }

    private static string Chapter(string file)
    {
        var name = Path.GetFileName(file);
        return name.Length >= 4 && name.StartsWith("ch", StringComparison.Ordinal) ? name[..4] : name;
    }

    private static void Print(string chapter, Row row) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {chapter} | {string.Join(" | ", Kinds.Take(5).Select(row.Cell))} | {row.Cell(null)} | {row.Proposals} | {row.Known} | {row.Near} | {row.Wrong} |"));

    private sealed class Row
    {
        private readonly Dictionary<string, (int Found, int Written)> _kinds = new(StringComparer.Ordinal);
        public int Proposals;
        public int Known;
        public int Near;
        public int Wrong;

        public void Add(string kind, bool found)
        {
            var (f, w) = _kinds.GetValueOrDefault(kind);
            _kinds[kind] = (f + (found ? 1 : 0), w + 1);
        }

        public void Merge(Row other)
        {
            foreach (var (k, (f, w)) in other._kinds)
            {
                var (f0, w0) = _kinds.GetValueOrDefault(k);
                _kinds[k] = (f0 + f, w0 + w);
            }
            Proposals += other.Proposals;
            Known += other.Known;
            Near += other.Near;
            Wrong += other.Wrong;
        }

        public string Cell(string? kind)
        {
            var (f, w) = kind is null ? (_kinds.Values.Sum(v => v.Found), _kinds.Values.Sum(v => v.Written)) : _kinds.GetValueOrDefault(kind);
            return w == 0 ? "-" : $"{f} / {w}";
        }
    }
}
