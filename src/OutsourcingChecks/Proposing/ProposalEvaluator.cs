using OutsourcingChecks.Authoring;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Proposing;

/// <summary>
/// Checks proposed rules at once, with the report's facts and derived quantities, and sets apart
/// those that repeat a rule of the report: the same kind of identity (a sum or an equation; a
/// growth or a multiple; a share; points; a CAGR) over the same facts, derived quantities resolved
/// to the facts they are computed from.
/// </summary>
public static class ProposalEvaluator
{
    private const string ProposedFile = "(proposed)";

    public static ProposalSet Propose(Report report, Vocabulary vocabulary)
    {
        var (derived, rules) = RuleProposer.Infer(report, vocabulary);
        return Evaluate(report, derived, rules);
    }

    public static ProposalSet Evaluate(Report report, IReadOnlyList<ProposedDerived> derived, IReadOnlyList<ProposedRule> rules)
    {
        var modelDerived = derived.Select((d, i) => new Derived(d.Id, ExprParser.TryParse(d.Expression, out _)!, d.Expression, d.Measure,
            SortedMapOf(d.Dims), d.Period, null, new Location(ProposedFile, 0, i + 1))).ToList();
        var modelRules = rules.Select((r, i) => ToRule(r, i)).ToList();
        var trial = report with { Derived = report.Derived.Concat(modelDerived).ToList(), Rules = modelRules, Acknowledgements = [], Attributions = [] };
        var run = Engine.Run(trial);
        var findings = run.Findings.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var problems = run.Diagnostics.Where(d => d.Location.File == ProposedFile).ToLookup(d => d.Location.Line);

        var resolver = new FactResolver(report.Facts, report.Derived.Concat(modelDerived));
        var existing = ExistingIdentities(report, resolver);
        var fresh = new List<Proposal>();
        var repeated = new List<Proposal>();
        var proposed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var figures = resolver.Facts(rule.Fields.SelectMany(f => f.Items).SelectMany(Refs));
            var (status, message) = problems[i + 1].FirstOrDefault() is { } problem
                ? (ProposalStatus.Undecided, problem.Message)
                : findings.TryGetValue(rule.Id, out var finding)
                    ? (finding.Status == FindingStatus.Consistent ? ProposalStatus.Consistent : ProposalStatus.Inconsistent, finding.Status == FindingStatus.Consistent ? null : finding.Message)
                    : (ProposalStatus.Undecided, "not checked");
            var identity = IdentityOf(rule, figures);
            if (!proposed.Add(identity)) continue; // inferred twice (a partition and a table's total row): once is enough
            // parts said to lie within a whole that another proposal says they make up (a report's partition of
            // three regions beside the built-in four): the one that says more is enough
            if (identity != Identity(rule.Kind, figures) && proposed.Contains(Identity(rule.Kind, figures))) continue;
            // a rule of the report states it, or states the parts make up that whole (which says more)
            var repeats = existing.GetValueOrDefault(identity) ?? existing.GetValueOrDefault(Identity(rule.Kind, figures));
            var proposal = new Proposal(rule, status, message, figures, repeats);
            (repeats is null ? fresh : repeated).Add(proposal);
        }
        var needed = fresh.SelectMany(p => p.Rule.Fields.SelectMany(f => f.Items).SelectMany(Refs)).ToHashSet(StringComparer.Ordinal);
        // a derived quantity is written when a written rule needs it, or when it states a quantity a fact states too (a same-quantity check)
        var sameChecked = run.Findings.Where(f => f.Kind == "same").SelectMany(f => f.Check is SameQuantityCheck s ? new[] { s.First, s.Second } : []).ToHashSet(StringComparer.Ordinal);
        var written = derived.Where(d => needed.Contains(d.Id) || sameChecked.Contains(d.Id)).ToList();
        return new ProposalSet(written, fresh, repeated);
    }

    /// <summary>Identities of the report's own checks (not the automatic same-quantity ones), with the id of the rule that states each.</summary>
    public static Dictionary<string, string> ExistingIdentities(Report report, FactResolver resolver)
    {
        var bag = new DiagnosticBag();
        var identities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var check in CheckCompiler.Compile(report, bag).OfType<RelationCheck>())
        {
            var figures = resolver.Facts(check.Stated.References().Concat(check.Implied.References()));
            identities.TryAdd(Identity(check.Kind, figures, check.Relation != Relation.Equal), check.Id);
        }
        return identities;
    }

    /// <summary>
    /// The kind of identity and the facts it stands on; <paramref name="inequality"/> for a relation
    /// other than equality (parts that do not exceed their whole say less than parts that make it up).
    /// </summary>
    public static string Identity(string kind, IReadOnlySet<string> facts, bool inequality = false) =>
        Class(kind) + (inequality ? "<" : "") + ":" + string.Join(",", facts.Order(StringComparer.Ordinal));

    /// <summary>The identity a proposed rule states, over the figures it stands on.</summary>
    public static string IdentityOf(ProposedRule rule, IReadOnlySet<string> figures) =>
        Identity(rule.Kind, figures, rule.Kind == "sum" && rule.Fields.Any(f => f.Name == "exhaustive" && f.Items is ["false"]));

    private static string Class(string kind) => kind switch
    {
        "sum" or "expression" => "equation",
        "growth" or "multiple" => "growth",
        _ => kind,
    };

    /// <summary>The ids an expression (or an equation, a + b = 1) names.</summary>
    public static IEnumerable<string> Refs(string expression) =>
        ExprParser.TryParse(expression, out _) is { } e ? e.References()
        : ExprParser.TryParseEquation(expression, out _) is { } q ? q.Left.References().Concat(q.Right.References())
        : [];

    private static Rule ToRule(ProposedRule rule, int index)
    {
        var at = new Location(ProposedFile, index + 1, 1);
        var fields = rule.Fields.Select(f => new KeyValuePair<string, RuleField>(f.Name,
            new RuleField(f.Items.Select(t => new RuleText(t, at)).ToList(), f.IsList))).ToList();
        return new Rule(rule.Id, rule.Kind, Loading.SortedMap<RuleField>.Of(fields), [], rule.Why, at);
    }

    private static IReadOnlyDictionary<string, string> SortedMapOf(IEnumerable<KeyValuePair<string, string>> dims) => Loading.SortedMap<string>.Of(dims.ToList());
}

/// <summary>The facts a rule stands on: derived quantities resolved, through their expressions, to the facts they are computed from.</summary>
public sealed class FactResolver
{
    private readonly HashSet<string> _facts;
    private readonly Dictionary<string, string> _name;
    private readonly Dictionary<string, Derived> _derived;
    private readonly Dictionary<string, IReadOnlySet<string>> _memo = new(StringComparer.Ordinal);

    /// <summary>
    /// The facts each rule stands on; a fact is named by the quantity it states (measure, dims,
    /// period) when it has one, so two rules over restatements of the same figures are one identity.
    /// </summary>
    /// <param name="name">How to name a fact instead (two encodings of one text compare by the figure: its line and value).</param>
    public FactResolver(IEnumerable<Fact> facts, IEnumerable<Derived> derived, Func<Fact, string>? name = null)
    {
        var list = facts.ToList();
        _facts = list.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        _name = list.ToDictionary(f => f.Id, name ?? (f => f.Measure is { } m && f.Period is { } p ? "=" + Quantity.Key(m, f.Dims, p) : f.Id), StringComparer.Ordinal);
        _derived = new Dictionary<string, Derived>(StringComparer.Ordinal);
        foreach (var d in derived) _derived.TryAdd(d.Id, d);
    }

    /// <summary>How a fact is named in the sets <see cref="Facts"/> returns.</summary>
    public string NameOf(string factId) => _name.GetValueOrDefault(factId, factId);

    public IReadOnlySet<string> Facts(IEnumerable<string> ids)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids) set.UnionWith(Of(id, 0));
        return set;
    }

    private IReadOnlySet<string> Of(string id, int depth)
    {
        if (_facts.Contains(id)) return new HashSet<string>([_name[id]], StringComparer.Ordinal);
        if (_memo.TryGetValue(id, out var known)) return known;
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (depth < 64 && _derived.TryGetValue(id, out var d))
            foreach (var r in d.Expression.References()) set.UnionWith(Of(r, depth + 1));
        _memo[id] = set;
        return set;
    }
}
