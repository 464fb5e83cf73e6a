using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>
/// Statements of a report as one system of rounded figures: every fact and derived quantity they
/// name a variable, whose domain starts as the interval its written figure stands for (a derived
/// quantity's as every value); every statement a constraint, and every derived quantity's
/// definition another. Values are canonical (ratios, units of the dimension).
/// </summary>
public sealed class JointNetwork
{
    private readonly Func<string, Fact?> _fact;
    private readonly Func<string, Expr?> _definition;
    private readonly Dictionary<string, int> _variableOf;
    private readonly List<string> _ids;
    private readonly List<Interval> _initial;
    private readonly List<Fact?> _facts;
    private readonly List<int> _definitionOf;
    private readonly List<Constraint> _constraints;
    private readonly Dictionary<string, int> _statementOf;
    private int[]?[] _factsOf = [];

    /// <param name="fact">a fact by id</param>
    /// <param name="definition">a derived quantity's definition by id</param>
    /// <param name="statements">how many statements are expected: the sizes start from it (a large report makes many small networks)</param>
    private JointNetwork(Func<string, Fact?> fact, Func<string, Expr?> definition, int statements)
    {
        _fact = fact;
        _definition = definition;
        var variables = 3 * statements;
        _variableOf = new Dictionary<string, int>(variables, StringComparer.Ordinal);
        _ids = new List<string>(variables);
        _initial = new List<Interval>(variables);
        _facts = new List<Fact?>(variables);
        _definitionOf = new List<int>(variables);
        _constraints = new List<Constraint>(statements);
        _statementOf = new Dictionary<string, int>(statements, StringComparer.Ordinal);
    }

    /// <summary>The id of each variable.</summary>
    internal IReadOnlyList<string> Ids => _ids;

    /// <summary>The domain each variable starts from: the written figure's interval, or everything for a derived quantity.</summary>
    internal IReadOnlyList<Interval> Initial => _initial;

    /// <summary>The fact behind each variable, or null for a derived quantity.</summary>
    internal IReadOnlyList<Fact?> Facts => _facts;

    internal IReadOnlyList<Constraint> Constraints => _constraints;

    /// <summary>The definition of a derived quantity, by id (null for a fact).</summary>
    internal Expr? DefinitionOf(string id) => _definition(id);

    internal int? VariableOf(string id) => _variableOf.TryGetValue(id, out var v) ? v : null;

    /// <summary>Every statement constraint of the network.</summary>
    internal IEnumerable<int> Statements => _constraints.Where(c => c.IsStatement).Select(c => c.Index);

    /// <summary>
    /// The network of some statements (checks that hold alone): the facts and derived quantities
    /// they name, looked up by id, and the definitions of those derived quantities. A statement
    /// that cannot be made a constraint (an unknown function or id) is left out.
    /// </summary>
    public static JointNetwork Build(Func<string, Fact?> fact, Func<string, Expr?> definition, IEnumerable<Check> statements)
    {
        var network = new JointNetwork(fact, definition, statements.TryGetNonEnumeratedCount(out var n) ? n : 4);
        foreach (var check in statements)
        {
            if (network._statementOf.ContainsKey(check.Id)) continue;
            var made = check switch
            {
                RelationCheck r => network.Make(r, r.Stated, r.Relation, r.Implied),
                SameQuantityCheck s => network.Make(s, new Ref(s.First), Relation.Equal, new Ref(s.Second)),
                _ => null,
            };
            if (made is not null) network._statementOf[check.Id] = made.Index;
            network.MakeDefinitions();
        }
        network._factsOf = new int[]?[network._constraints.Count];
        return network;
    }

    /// <summary>A constraint of a statement (or, with none, a definition), its variables made as needed; null when it cannot be made.</summary>
    private Constraint? Make(Check? statement, Expr left, Relation relation, Expr right)
    {
        Tape tape;
        try
        {
            tape = Tape.Compile([left, right], _ => null);
        }
        catch (EvaluationException)
        {
            return null;
        }
        var variables = new int[tape.Variables.Count];
        for (var i = 0; i < variables.Length; i++)
        {
            if (Variable(tape.Variables[i]) is not { } v) return null;
            variables[i] = v;
        }
        var c = new Constraint(_constraints.Count, statement, tape, relation, variables);
        _constraints.Add(c);
        return c;
    }

    /// <summary>The variable of a fact or derived quantity, made on first mention (a derived one with its definition); null for an unknown id.</summary>
    private int? Variable(string id)
    {
        if (_variableOf.TryGetValue(id, out var known)) return known;
        var fact = _fact(id);
        var definition = fact is null ? _definition(id) : null;
        if (fact is null && definition is null) return null;
        var v = _ids.Count;
        _variableOf[id] = v;
        _ids.Add(id);
        _initial.Add(fact?.Canonical ?? Interval.Everything);
        _facts.Add(fact);
        _definitionOf.Add(-1);
        if (definition is not null) _pending.Enqueue((v, definition));
        return v;
    }

    /// <summary>Derived quantities named but not yet defined: made one after another, not by recursion (a chain of them can be long).</summary>
    private readonly Queue<(int Variable, Expr Definition)> _pending = new();

    private void MakeDefinitions()
    {
        while (_pending.TryDequeue(out var next))
            if (Make(null, new Ref(_ids[next.Variable]), Relation.Equal, next.Definition) is { } d) _definitionOf[next.Variable] = d.Index;
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
            foreach (var v in _constraints[c].Variables)
                if (_definitionOf[v] is >= 0 and var d && seen.Add(d)) work.Push(d);
        }
        result.Sort();
        return result;
    }

    /// <summary>The fact variables behind a constraint, its definitions' facts included (found once, on first asking).</summary>
    internal int[] FactsOf(int constraint)
    {
        if (Volatile.Read(ref _factsOf[constraint]) is { } known) return known;
        // Most constraints name facts alone: their own variables are all there is.
        var own = _constraints[constraint].Variables;
        var facts = NamesNoDerived(own) ? own
            : WithDefinitions([constraint]).SelectMany(c => _constraints[c].Variables).Distinct().Where(v => _facts[v] is not null).Order().ToArray();
        Volatile.Write(ref _factsOf[constraint], facts);
        return facts;
    }

    /// <summary>Every variable a constraint depends on, through the definitions of the derived quantities it names.</summary>
    internal IReadOnlyList<int> Closure(int constraint)
    {
        var own = _constraints[constraint].Variables;
        return NamesNoDerived(own) ? own : WithDefinitions([constraint]).SelectMany(c => _constraints[c].Variables).Distinct().ToArray();
    }

    private bool NamesNoDerived(int[] variables)
    {
        foreach (var v in variables)
            if (_definitionOf[v] >= 0) return false;
        return true;
    }
}
