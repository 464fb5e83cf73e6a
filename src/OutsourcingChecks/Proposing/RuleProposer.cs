using System.Globalization;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Proposing;

/// <summary>
/// Infers the identities the facts imply from their measures, dims and periods:
/// <list type="bullet">
/// <item>growth: last year's value, <c>prev(this year, growth)</c>, as a derived quantity (it joins the
/// same-quantity checks of any fact stating it), and a growth rule where last year's value is a fact;</item>
/// <item>sums: the parts of a partition of the vocabulary (ITO, BPO, KPO; offshore, onshore; the
/// regions) add up to the whole of the same measure, period and other dims, this year and last year;
/// a table's rows add up to its 合计 row; the shares of the parts add up to 100 %, their changes to 0;</item>
/// <item>shares: a share fact is its part over the whole its <c>of</c> names;</item>
/// <item>points: a share's change is this year's share minus last year's part over last year's whole;
/// a growth's change or gap is one growth minus the other;</item>
/// <item>CAGR: an average growth over a span links the values at its ends;</item>
/// <item>contribution: a 贡献率 is the part's increase over the whole's increase.</item>
/// </list>
/// </summary>
public static class RuleProposer
{
    private static readonly string[] Rates = [".growth", ".share", ".change", ".gap", ".cagr", ".contribution", ".structure", ".multiple"];

    /// <summary>
    /// Keys that say what a whole is within (a group of cities, an industry, a country, a source):
    /// a share of all within them is a share of their total, not of the nation's.
    /// </summary>
    private static readonly string[] DomainKeys = ["group", "industry", "country", "source", "segment", "sector", "firms", "program", "plan", "cert"];

    /// <summary>The proposed rules and the derived quantities they need (checked and compared with the report's rules by <see cref="ProposalEvaluator"/>).</summary>
    public static (IReadOnlyList<ProposedDerived> Derived, IReadOnlyList<ProposedRule> Rules) Infer(Report report, Vocabulary vocabulary)
    {
        var index = QuantityIndex.Of(report);
        var ids = new HashSet<string>(report.Facts.Select(f => f.Id).Concat(report.Derived.Select(d => d.Id)), StringComparer.Ordinal);
        var ruleIds = new HashSet<string>(report.Rules.Select(r => r.Id), StringComparer.Ordinal);
        var derived = new List<ProposedDerived>();
        var rules = new List<ProposedRule>();
        var facts = index.All.Where(q => q.IsFact).ToList();
        var existingPrev = ExistingPrevious(report);
        var reportDerived = report.Derived.ToDictionary(d => d.Id, d => d.Expression.References().ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        void Rule(string id, string kind, string why, params ProposedField[] fields)
        {
            var unique = id;
            for (var n = 2; !ruleIds.Add(unique); n++) unique = $"{id}_{n}";
            rules.Add(new ProposedRule(unique, kind, fields, why));
        }

        // 1. growth: last year's values
        foreach (var g in facts.Where(q => q.Measure.EndsWith(".growth", StringComparison.Ordinal) && Year(q.Period) is not null))
        {
            var measure = g.Measure[..^".growth".Length];
            var current = index.Find(measure, g.Own, g.Period, g.Line);
            if (current is null) continue;
            var last = (Year(g.Period)!.Value - 1).ToString(CultureInfo.InvariantCulture);
            var stated = index.Find(measure, g.Own, last, g.Line);
            // last year's value stated, or derived by the report from other figures (onshore = all - offshore), not from this growth
            if (stated is { IsFact: true } || (stated is not null && reportDerived.TryGetValue(stated.Id, out var from) && !from.Contains(g.Id)))
            {
                Rule($"growth.{Name(measure, g.Own, g.Period)}", "growth", $"{g.Id} is the growth from {stated.Id} to {current.Id}",
                    new("current", [current.Id]), new("previous", [stated.Id]), new("growth", [g.Id]));
                continue;
            }
            if (existingPrev.Contains((current.Id, g.Id)) || stated is not null) continue;
            var id = Unique(Name(measure, g.Own, last), ids);
            var written = (current.Written ?? current.Dims).Where(d => d.Key is not "of" and not "than").ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
            derived.Add(new ProposedDerived(id, $"prev({current.Id}, {g.Id})", measure, Ordered(written, vocabulary), last,
                $"last year's value implied by {current.Id} and its growth {g.Id}"));
            index.Add(new Quantity(id, measure, g.Own, last, g.Line, false));
        }

        // 2. sums over the partitions of the vocabulary, each year (derived last-year values included)
        var additive = index.All.Where(q => IsAmount(q.Measure)).ToList();
        foreach (var p in vocabulary.Partitions.Where(p => p.Exhaustive))
            foreach (var group in additive.Where(q => q.Dims.TryGetValue(p.Key, out var v) && p.Parts.Contains(v))
                         .GroupBy(q => Quantity.Key(q.Measure, p.WholeOf(q.Dims), q.Period)))
            {
                var parts = p.Parts.Select(part => group.Where(q => q.Dims[p.Key] == part).OrderBy(q => q.IsFact ? 0 : 1).FirstOrDefault()).ToList();
                if (parts.Any(q => q is null)) continue;
                var any = parts[0]!;
                var wholeDims = p.WholeOf(any.Dims);
                var whole = index.Find(any.Measure, wholeDims, any.Period, any.Line);
                if (whole is null) continue;
                Rule($"sum.{Name(any.Measure, wholeDims, any.Period)}.{p.Key}", "sum",
                    $"{string.Join(", ", p.Parts)} make up the whole of {p.Key} (vocabulary partition)",
                    new("parts", parts.Select(q => q!.Id).ToList(), true), new("total", [whole.Id]));
            }

        // 2a. some of a partition's parts do not exceed its whole (the parts are known to be apart: their sum is at most the whole)
        foreach (var p in vocabulary.Partitions)
            foreach (var group in additive.Where(q => q.Dims.TryGetValue(p.Key, out var v) && p.Parts.Contains(v))
                         .GroupBy(q => Quantity.Key(q.Measure, p.WholeOf(q.Dims), q.Period)))
            {
                var members = p.Parts.Select(part => group.Where(q => q.Dims[p.Key] == part).OrderBy(q => q.IsFact ? 0 : 1).FirstOrDefault()).OfType<Quantity>().ToList();
                // all of an exhaustive partition: a whole sum above; one: nothing to add up
                if ((p.Exhaustive && members.Count == p.Parts.Count) || members.Count < 2) continue;
                var any = members[0];
                var wholeDims = p.WholeOf(any.Dims);
                var whole = index.Find(any.Measure, wholeDims, any.Period, any.Line);
                if (whole is null) continue;
                Rule($"within.{Name(any.Measure, wholeDims, any.Period)}.{p.Key}", "sum",
                    $"{string.Join(", ", members.Select(m => m.Dims[p.Key]))} are {(p.Exhaustive ? "some of the parts" : "parts")} of {p.Key} ({string.Join(", ", p.Parts)}): together they do not exceed the whole",
                    new("parts", members.Select(q => q.Id).ToList(), true), new("total", [whole.Id]), new("exhaustive", ["false"]));
            }

        // 2c. members of a dimension under one whole: together at most the whole (nested members left out)
        var nesting = Nesting.Of(facts.Where(q => q.Measure.EndsWith(".share", StringComparison.Ordinal)), vocabulary);
        var addable = index.All.Where(q => IsAmount(q.Measure) || q.Measure.EndsWith(".share", StringComparison.Ordinal)).ToList();
        string? Basis(Quantity q)
        {
            if (!q.Measure.EndsWith(".share", StringComparison.Ordinal)) return "";
            if (q.Of is not { } of || of == Vocabulary.All) return q.Of is null ? null : Vocabulary.All;
            var whole = WholeDims(vocabulary, q.Own, of);
            // a whole the vocabulary does not know (of: national, the part's own total elsewhere) is not one whole for all parts
            return whole.ContainsKey("of") || q.Own.ContainsKey(of) ? null : Quantity.Key("", nesting.Complete(whole), "");
        }
        foreach (var g in WithinSums.Find(addable, nesting, vocabulary, Basis))
            Rule($"within.{Name(g.Whole.Measure, g.Whole.Dims, g.Whole.Period)}.{g.Key}", "sum",
                $"{string.Join(", ", g.Members.Select(m => m.Dims[g.Key]))} lie side by side within {g.Whole.Id} ({g.Key}): together they do not exceed it",
                new("parts", g.Members.Select(q => q.Id).ToList(), true), new("total", [g.Whole.Id]), new("exhaustive", ["false"]));

        // 2b. the shares of a partition's parts add up to 100 %, their changes in points to 0
        foreach (var p in vocabulary.Partitions.Where(p => p.Exhaustive && p.WholeDims.Count == 0))
            foreach (var suffix in new[] { ".share", ".share.change" })
                foreach (var group in facts.Where(q => q.Measure.EndsWith(suffix, StringComparison.Ordinal) && q.Dims.TryGetValue(p.Key, out var v) && p.Parts.Contains(v))
                             .GroupBy(q => Quantity.Key(q.Measure, Without(q.Dims, p.Key), q.Period)))
                {
                    var parts = p.Parts.Select(part => group.FirstOrDefault(q => q.Dims[p.Key] == part)).ToList();
                    if (parts.Any(q => q is null)) continue;
                    var any = parts[0]!;
                    var whole = Without(any.Own, p.Key);
                    if (any.Of != (whole.Count == 0 ? Vocabulary.All : any.Of) || (whole.Count > 0 && !whole.Values.Contains(any.Of))) continue;
                    var stated = suffix == ".share" ? index.Find(any.Measure, With(Without(any.Dims, p.Key), p.Key, p.Whole), any.Period, any.Line) : null;
                    if (stated is not null && !stated.Dims.ContainsKey(p.Key)) stated = null;
                    var sum = string.Join(" + ", parts.Select(q => q!.Id));
                    if (stated is not null)
                        Rule($"sum.{Name(any.Measure, whole, any.Period)}.{p.Key}", "sum", $"the shares of {string.Join(", ", p.Parts)} add up to the whole's",
                            new("parts", parts.Select(q => q!.Id).ToList(), true), new("total", [stated.Id]));
                    else
                        Rule($"{(suffix == ".share" ? "shares" : "points")}.{Name(any.Measure, whole, any.Period)}.{p.Key}", "expression",
                            suffix == ".share" ? $"the shares of {string.Join(", ", p.Parts)} in their whole add up to 100 %" : $"the shares of {string.Join(", ", p.Parts)} add up to 100 % in both years, so their changes add up to 0",
                            new ProposedField("expr", [$"{sum} = {(suffix == ".share" ? 1 : 0)}"]));
                }

        // 3. a table's rows add up to its total row, column by column
        foreach (var (total, parts) in TableTotals(report, facts))
            Rule($"sum.{Name(total.Measure, total.Own, total.Period)}.rows", "sum", "the table's rows add up to its total row",
                new("parts", parts.Select(q => q.Id).ToList(), true), new("total", [total.Id]));

        // 4. shares: part over the whole its of names
        foreach (var s in facts.Where(q => q.Measure.EndsWith(".share", StringComparison.Ordinal) && q.Of is not null))
        {
            var measure = s.Measure[..^".share".Length];
            var part = index.Find(measure, s.Own, s.Period, s.Line);
            var whole = Whole(index, vocabulary, measure, s, s.Period);
            if (part is null || whole is null || part.Id == whole.Id) continue;
            Rule($"share.{Name(measure, s.Own, s.Period)}.of_{s.Of}", "share", $"{s.Id} is {part.Id} over {whole.Id}",
                new("part", [part.Id]), new("whole", [whole.Id]), new("share", [s.Id]));
        }

        // 5. points: changes of shares and growth rates, gaps between growth rates
        foreach (var c in facts.Where(q => q.Measure.EndsWith(".change", StringComparison.Ordinal) || q.Measure.EndsWith(".gap", StringComparison.Ordinal)))
        {
            var rate = c.Measure[..c.Measure.LastIndexOf('.')];
            var span = Span(c.Period);
            var rateDims = c.Own.Concat(c.Of is { } o ? [new("of", o)] : []).ToDictionary();
            var now = index.Find(rate, rateDims, span is { } sp ? sp.To.ToString(CultureInfo.InvariantCulture) : c.Period, c.Line);
            if (now is null) continue;
            string? before = null;
            if (span is { } s2)
                before = index.Find(rate, rateDims, s2.From.ToString(CultureInfo.InvariantCulture), c.Line)?.Id; // a change over a span: the rate at its two ends
            if (before is not null) { }
            else if (c.Measure.EndsWith(".gap", StringComparison.Ordinal))
            {
                if (c.Than is not { } than) continue;
                before = ThanDims(vocabulary, c.Own, than).Select(d => index.Find(rate, d, c.Period, c.Line))
                    .FirstOrDefault(q => q is not null && q.Id != now.Id)?.Id;
            }
            else if (Year(c.Period) is { } y)
            {
                var last = (y - 1).ToString(CultureInfo.InvariantCulture);
                before = index.Find(now.Measure, now.Dims, last, c.Line)?.Id;
                if (before is null && rate.EndsWith(".share", StringComparison.Ordinal) && now.Of is not null)
                {
                    var amount = rate[..^".share".Length];
                    var part = index.Find(amount, now.Own, last, c.Line);
                    var whole = Whole(index, vocabulary, amount, now, last);
                    if (part is not null && whole is not null && part.Id != whole.Id) before = $"{part.Id} / {whole.Id}";
                }
            }
            if (before is null) continue;
            Rule($"points.{Name(c.Measure, c.Own, c.Period)}", "points", $"{c.Id} is {now.Id} minus {before}",
                new("now", [now.Id]), new("before", [before]), new("points", [c.Id]));
        }

        // 6. CAGR over a span
        foreach (var r in facts.Where(q => q.Measure.EndsWith(".cagr", StringComparison.Ordinal) && Span(q.Period) is not null))
        {
            var (from, to) = Span(r.Period)!.Value;
            var measure = r.Measure[..^".cagr".Length];
            var start = index.Find(measure, r.Own, from.ToString(CultureInfo.InvariantCulture), r.Line);
            var end = index.Find(measure, r.Own, to.ToString(CultureInfo.InvariantCulture), r.Line);
            if (start is null || end is null) continue;
            Rule($"cagr.{Name(measure, r.Own, r.Period)}", "cagr", $"{r.Id} is the average growth from {start.Id} to {end.Id} over {to - from} years",
                new("start", [start.Id]), new("end", [end.Id]), new("years", [(to - from).ToString(CultureInfo.InvariantCulture)]), new("rate", [r.Id]));
        }

        // 6b. a multiple over a span (是 2018 年的 2.5 倍): this year's value over that year's
        foreach (var r in facts.Where(q => q.Measure.EndsWith(".multiple", StringComparison.Ordinal) && Span(q.Period) is not null))
        {
            var (from, to) = Span(r.Period)!.Value;
            var measure = r.Measure[..^".multiple".Length];
            var previous = index.Find(measure, r.Own, from.ToString(CultureInfo.InvariantCulture), r.Line);
            var current = index.Find(measure, r.Own, to.ToString(CultureInfo.InvariantCulture), r.Line);
            if (previous is null || current is null) continue;
            Rule($"multiple.{Name(measure, r.Own, r.Period)}", "multiple", $"{r.Id} is {current.Id} over {previous.Id} (是 … 的 N 倍)",
                new("current", [current.Id]), new("previous", [previous.Id]), new("multiple", [r.Id]), new("mode", ["ratio"]));
        }

        // 7. contribution: the part's increase over the whole's
        foreach (var c in facts.Where(q => q.Measure.EndsWith(".contribution", StringComparison.Ordinal) && q.Of is not null && Year(q.Period) is not null))
        {
            var measure = c.Measure[..^".contribution".Length];
            var last = (Year(c.Period)!.Value - 1).ToString(CultureInfo.InvariantCulture);
            var part = index.Find(measure, c.Own, c.Period, c.Line);
            var partBefore = index.Find(measure, c.Own, last, c.Line);
            var whole = Whole(index, vocabulary, measure, c, c.Period);
            var wholeBefore = Whole(index, vocabulary, measure, c, last);
            if (part is null || partBefore is null || whole is null || wholeBefore is null) continue;
            Rule($"contribution.{Name(measure, c.Own, c.Period)}", "expression", $"{c.Id} (贡献率) is the increase of {part.Id} over the increase of {whole.Id}",
                new ProposedField("expr", [$"({part.Id} - {partBefore.Id}) / ({whole.Id} - {wholeBefore.Id}) = {c.Id}"]));
        }
        return (derived, rules);
    }

    /// <summary>
    /// The whole of a share (or contribution) fact: of: all is the quantity without the part's own
    /// keys; of: v keeps the part's dims whose value is v (of: ITO keeps category: ITO), else names v
    /// under the key the vocabulary gives it (of: offshore is scope: offshore).
    /// </summary>
    private static Quantity? Whole(QuantityIndex index, Vocabulary vocabulary, string measure, Quantity rate, string period)
    {
        var dims = WholeDims(vocabulary, rate.Own, rate.Of!);
        if (index.Find(measure, dims, period, rate.Line) is { } whole) return whole;
        // a whole stated only with the part's scope (a country's offshore sourcing is all it sources)
        return rate.Own.TryGetValue("scope", out var scope) && !dims.ContainsKey("scope") && dims.Count > 0
            ? index.Find(measure, new Dictionary<string, string>(dims) { ["scope"] = scope }, period, rate.Line)
            : null;
    }

    internal static Dictionary<string, string> WholeDims(Vocabulary vocabulary, IReadOnlyDictionary<string, string> own, string of)
    {
        if (of == Vocabulary.All)
        {
            // all of the part's most specific partition (ITO of all categories, a region of all regions): that key goes
            var keys = vocabulary.Partitions.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var last = vocabulary.Order.LastOrDefault(k => keys.Contains(k) && own.ContainsKey(k));
            return last is null ? [] : own.Where(d => d.Key != last).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        }
        var whole = own.Where(d => DomainKeys.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        if (own.TryGetValue(of, out var value)) // of: market, the total of the part's own market
        {
            whole[of] = value;
            return whole;
        }
        foreach (var piece in Pieces(vocabulary, own, of)) Named(vocabulary, own, piece, whole);
        return whole;
    }

    /// <summary>An of naming several values joined by '_' (east_offshore): the known values it is made of, longest first; itself when it is not made of them.</summary>
    private static List<string> Pieces(Vocabulary vocabulary, IReadOnlyDictionary<string, string> own, string of)
    {
        var known = own.Values.Concat(vocabulary.Dims.SelectMany(w => w.Dims).Select(d => d.Value)).Concat(vocabulary.Partitions.SelectMany(p => p.Parts))
            .Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToList();
        var pieces = new List<string>();
        var rest = of;
        while (rest.Length > 0)
        {
            var next = known.FirstOrDefault(v => rest == v || rest.StartsWith(v + "_", StringComparison.Ordinal));
            if (next is null) return [of];
            pieces.Add(next);
            rest = rest.Length == next.Length ? "" : rest[(next.Length + 1)..];
        }
        return pieces;
    }

    /// <summary>
    /// Where the other side of a gap may be, the likeliest first. than: all is the total of the quantity's
    /// domain (the demonstration cities' growth, for their BPO's), else the nation's; than naming a key of
    /// the quantity (than: market) is the total of its value there (Hong Kong's growth, for Hong Kong's
    /// KPO); than naming a value (offshore) is that value's total, within the quantity's domain first.
    /// </summary>
    private static IEnumerable<Dictionary<string, string>> ThanDims(Vocabulary vocabulary, IReadOnlyDictionary<string, string> own, string than)
    {
        var domain = own.Where(d => DomainKeys.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
        if (than == Vocabulary.All)
        {
            if (domain.Count > 0 && domain.Count < own.Count) yield return domain;
            yield return [];
        }
        else if (own.TryGetValue(than, out var value))
            yield return new Dictionary<string, string>(domain, StringComparer.Ordinal) { [than] = value };
        else
        {
            if (domain.Count > 0) yield return Named(vocabulary, own, than, new Dictionary<string, string>(domain, StringComparer.Ordinal));
            yield return Named(vocabulary, own, than, []);
        }
    }

    /// <summary>The dims with v under its key: the key the quantity's own dims give v, else the vocabulary's.</summary>
    private static Dictionary<string, string> Named(Vocabulary vocabulary, IReadOnlyDictionary<string, string> own, string value, Dictionary<string, string> dims)
    {
        var key = own.FirstOrDefault(d => d.Value == value).Key
            ?? vocabulary.Dims.SelectMany(w => w.Dims).FirstOrDefault(d => d.Value == value).Key
            ?? vocabulary.Partitions.FirstOrDefault(p => p.Parts.Contains(value))?.Key
            ?? "of"; // a whole the vocabulary does not know: no quantity has it, so nothing is proposed
        dims[key] = value;
        return dims;
    }

    /// <summary>Pairs (this year's value, growth) that a derived quantity of the report already turns into last year's.</summary>
    private static HashSet<(string, string)> ExistingPrevious(Report report)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var d in report.Derived)
            if (d.Expression is Expressions.Call { Function: "prev", Arguments: [Expressions.Ref a, Expressions.Ref b] })
                pairs.Add((a.Id, b.Id));
        return pairs;
    }

    /// <summary>For each table, each column's total-row fact and the facts of the other rows in that column.</summary>
    private static IEnumerable<(Quantity Total, List<Quantity> Parts)> TableTotals(Report report, List<Quantity> facts)
    {
        var byId = facts.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var coverage = Coverage.CoverageAnalyzer.Analyze(report);
        var cells = coverage.Chapters.SelectMany(c => c.Figures)
            .Where(f => f.Figure.IsTableCell && f.FactId is not null && byId.ContainsKey(f.FactId))
            .Select(f => (f.Figure, Fact: byId[f.FactId!]))
            .ToList();
        foreach (var table in cells.GroupBy(c => c.Figure.Table!))
        {
            var layout = TableLayout.Of(table.Key, report.Source, report.Units);
            var placed = table.Select(c => (c.Fact, Cell: layout.CellOf(c.Figure))).ToList();
            var totals = placed.Where(p => TableLayout.IsTotalRow(p.Cell.Label)).ToList();
            foreach (var (total, cell) in totals)
            {
                if (!IsAmount(total.Measure) && !total.Measure.EndsWith(".share", StringComparison.Ordinal)) continue;
                var parts = placed.Where(p => p.Cell.Index == cell.Index && !TableLayout.IsTotalRow(p.Cell.Label) && p.Fact.Measure == total.Measure && p.Fact.Period == total.Period)
                    .Select(p => p.Fact).ToList();
                if (parts.Count >= 2) yield return (total, parts);
            }
        }
    }

    /// <summary>Measures that are not amounts of anything: a threshold (the revenue it takes to be among the top 500) or a rank does not add up over parts.</summary>
    private static readonly string[] NotAdditive = ["threshold", "rank"];

    private static bool IsAmount(string measure) =>
        !Rates.Any(r => measure.EndsWith(r, StringComparison.Ordinal) || measure.Contains(r + ".", StringComparison.Ordinal))
        && !NotAdditive.Contains(measure.Split('.')[0]);

    private static int? Year(string period) =>
        period.Length == 4 && int.TryParse(period, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;

    private static (int From, int To)? Span(string period)
    {
        var parts = period.Split('-');
        return parts.Length == 2 && Year(parts[0]) is { } a && Year(parts[1]) is { } b && b > a ? (a, b) : null;
    }

    private static Dictionary<string, string> Without(IReadOnlyDictionary<string, string> dims, string key) =>
        dims.Where(d => d.Key != key).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> dims, string key, string value)
    {
        var d = dims.ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
        d[key] = value;
        return d;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Ordered(IReadOnlyDictionary<string, string> dims, Vocabulary vocabulary) =>
        MeasureGuesser.Ordered(dims, vocabulary);

    /// <summary>measure.dims values.period as an id piece: execution.offshore.2022.</summary>
    private static string Name(string measure, IReadOnlyDictionary<string, string> dims, string period) =>
        string.Join(".", new[] { measure }.Concat(dims.Where(d => d.Key is not "of" and not "than").OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value))
            .Append(dims.Count == 0 ? Vocabulary.All : null).Append(period.Replace('-', '_')).Where(s => s is not null)!);

    private static string Unique(string id, HashSet<string> ids)
    {
        var unique = id;
        for (var n = 2; !ids.Add(unique); n++) unique = $"{id}_{n}";
        return unique;
    }
}
