using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>
/// A report as one system of rounded figures: every fact and derived quantity a variable, whose
/// domain starts as the interval its written figure stands for (a derived quantity's as every
/// value); every check that holds alone a constraint, and every derived quantity's definition
/// another. The checks that fail alone (or could not be evaluated) are left out, so a known
/// discrepancy does not spread into others. Values are canonical (ratios, units of the dimension).
/// </summary>
public sealed class JointNetwork
{
    private readonly Dictionary<string, int> _variableOf;
    private readonly List<int>[] _constraintsOf;

    /// <summary>The id of each variable.</summary>
    internal string[] Ids { get; }

    /// <summary>The domain each variable starts from: the written figure's interval, or everything for a derived quantity.</summary>
    internal Interval[] Initial { get; }

    /// <summary>The fact behind each variable, or null for a derived quantity.</summary>
    internal Fact?[] Facts { get; }

    internal IReadOnlyList<Constraint> Constraints { get; }

    /// <summary>The definition constraint of each derived variable, by variable (-1 for a fact).</summary>
    private readonly int[] _definitionOf;

    private JointNetwork(string[] ids, Interval[] initial, Fact?[] facts, List<Constraint> constraints, Dictionary<string, int> variableOf, int[] definitionOf)
    {
        Ids = ids;
        Initial = initial;
        Facts = facts;
        Constraints = constraints;
        _variableOf = variableOf;
        _definitionOf = definitionOf;
        _factsOfCache = new int[]?[constraints.Count];
        _constraintsOf = new List<int>[ids.Length];
        for (var v = 0; v < ids.Length; v++) _constraintsOf[v] = [];
        foreach (var c in constraints)
            foreach (var v in c.Variables.Distinct())
                _constraintsOf[v].Add(c.Index);
    }

    /// <summary>The constraints a variable takes part in.</summary>
    internal IReadOnlyList<int> ConstraintsOf(int variable) => _constraintsOf[variable];

    internal int? VariableOf(string id) => _variableOf.TryGetValue(id, out var v) ? v : null;

    /// <summary>The statement constraint of each check in the network, by check id.</summary>
    internal IReadOnlyDictionary<string, int> StatementOf { get; private init; } = new Dictionary<string, int>();

    /// <summary>
    /// The network of a report: its facts and derived quantities, and the checks that hold alone
    /// (<paramref name="holdsAlone"/>) as statements. A check that cannot be compiled to a
    /// constraint (an unknown function) is left out.
    /// </summary>
    public static JointNetwork Build(Report report, IEnumerable<Check> checks, Func<Check, bool> holdsAlone)
    {
        var variableOf = new Dictionary<string, int>(report.Facts.Count + report.Derived.Count, StringComparer.Ordinal);
        var ids = new List<string>();
        var initial = new List<Interval>();
        var facts = new List<Fact?>();
        foreach (var f in report.Facts)
        {
            if (variableOf.ContainsKey(f.Id)) continue;
            variableOf[f.Id] = ids.Count;
            ids.Add(f.Id);
            initial.Add(f.Canonical);
            facts.Add(f);
        }
        foreach (var d in report.Derived)
        {
            if (variableOf.ContainsKey(d.Id)) continue;
            variableOf[d.Id] = ids.Count;
            ids.Add(d.Id);
            initial.Add(Interval.Everything);
            facts.Add(null);
        }

        var constraints = new List<Constraint>();
        var definitionOf = new int[ids.Count];
        Array.Fill(definitionOf, -1);
        Constraint? Make(Check? statement, Expr left, Relation relation, Expr right)
        {
            try
            {
                var tape = Tape.Compile([left, right], _ => null);
                var variables = new int[tape.Variables.Count];
                for (var i = 0; i < variables.Length; i++)
                {
                    if (!variableOf.TryGetValue(tape.Variables[i], out var v)) return null;
                    variables[i] = v;
                }
                var c = new Constraint(constraints.Count, statement, tape, relation, variables);
                constraints.Add(c);
                return c;
            }
            catch (EvaluationException)
            {
                return null;
            }
        }
        foreach (var d in report.Derived)
        {
            if (variableOf[d.Id] is var v && definitionOf[v] >= 0) continue;
            if (Make(null, new Ref(d.Id), Relation.Equal, d.Expression) is { } c) definitionOf[variableOf[d.Id]] = c.Index;
        }
        var statementOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            if (!holdsAlone(check) || statementOf.ContainsKey(check.Id)) continue;
            var made = check switch
            {
                RelationCheck r => Make(r, r.Stated, r.Relation, r.Implied),
                SameQuantityCheck s => Make(s, new Ref(s.First), Relation.Equal, new Ref(s.Second)),
                _ => null,
            };
            if (made is not null) statementOf[check.Id] = made.Index;
        }
        var network = new JointNetwork([.. ids], [.. initial], [.. facts], constraints, variableOf, definitionOf) { StatementOf = statementOf };
        var definitions = report.Derived.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Expression, StringComparer.Ordinal);
        network.Composites = Composite.All(network, id => definitions.GetValueOrDefault(id));
        foreach (var c in network.Composites)
        {
            if (!network._compositesOf.TryGetValue(c.Taker, out var list)) network._compositesOf[c.Taker] = list = [];
            list.Add(c);
        }
        return network;
    }

    /// <summary>Every composite of two statements (<see cref="Composite"/>).</summary>
    internal IReadOnlyList<Composite> Composites { get; private set; } = [];

    private readonly Dictionary<int, List<Composite>> _compositesOf = [];

    /// <summary>The composites among some statements: both the giver and the taker among them.</summary>
    internal IEnumerable<Composite> CompositesAmong(IReadOnlyCollection<int> statements)
    {
        var set = statements as ISet<int> ?? statements.ToHashSet();
        foreach (var s in statements)
            foreach (var c in _compositesOf.GetValueOrDefault(s) ?? [])
                if (set.Contains(c.Giver)) yield return c;
    }

    /// <summary>
    /// The statements with the definitions they need: every derived quantity they name, and those
    /// its definition names in turn.
    /// </summary>
    internal List<int> WithDefinitions(IEnumerable<int> statements)
    {
        var result = new List<int>();
        var seen = new HashSet<int>();
        var work = new Stack<int>();
        foreach (var s in statements)
            if (seen.Add(s)) work.Push(s);
        while (work.Count > 0)
        {
            var c = work.Pop();
            result.Add(c);
            foreach (var v in Constraints[c].Variables)
                if (_definitionOf[v] is >= 0 and var d && seen.Add(d)) work.Push(d);
        }
        result.Sort();
        return result;
    }

    /// <summary>
    /// The statements in groups that share no variable, directly or through definitions: each
    /// group can be solved on its own. In the order of each group's first statement.
    /// </summary>
    internal List<List<int>> Components(IEnumerable<int> statements)
    {
        var parent = new int[Ids.Length];
        for (var v = 0; v < parent.Length; v++) parent[v] = v;
        int Find(int v)
        {
            while (parent[v] != v) v = parent[v] = parent[parent[v]];
            return v;
        }
        var list = statements.ToList();
        foreach (var c in WithDefinitions(list))
        {
            var vars = Constraints[c].Variables;
            for (var i = 1; i < vars.Length; i++) parent[Find(vars[i])] = Find(vars[0]);
        }
        var groups = new Dictionary<int, List<int>>();
        var order = new List<int>();
        foreach (var s in list.Order())
        {
            var vars = Constraints[s].Variables;
            var root = vars.Length > 0 ? Find(vars[0]) : -1 - s;
            if (!groups.TryGetValue(root, out var g))
            {
                groups[root] = g = [];
                order.Add(root);
            }
            g.Add(s);
        }
        return order.Select(r => groups[r]).ToList();
    }

    /// <summary>The fact variables behind a constraint, its definitions' facts included (found once, on first asking).</summary>
    internal int[] FactsOf(int constraint)
    {
        if (Volatile.Read(ref _factsOfCache[constraint]) is { } known) return known;
        var facts = WithDefinitions([constraint]).SelectMany(c => Constraints[c].Variables).Distinct()
            .Where(v => Facts[v] is not null).Order().ToArray();
        Volatile.Write(ref _factsOfCache[constraint], facts);
        return facts;
    }

    private readonly int[]?[] _factsOfCache;

    /// <summary>Every statement constraint of the network.</summary>
    internal IEnumerable<int> Statements => Constraints.Where(c => c.IsStatement).Select(c => c.Index);
}
