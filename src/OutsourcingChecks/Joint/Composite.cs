using System.Collections.Concurrent;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Joint;

/// <summary>
/// Two statements made one: a statement that gives a figure's value (x = E: a share's part over
/// its whole, a sum's parts for its total, the same quantity stated again) substituted into
/// another statement that names x. What both imply together, with E's figures now standing where
/// they also stand in the other statement: the tight range of the result (<see cref="RangeEnclosure"/>)
/// sees through figures that occur twice, where propagation, which takes each occurrence apart,
/// cannot. A share of a part and its change from last year share the part and the whole;
/// a sum this year and the sum of last year's values derived by growth rates share the parts.
/// Made only where the substitution makes a figure occur twice: elsewhere propagation is exact.
/// </summary>
internal sealed record Composite(int Giver, int Taker, Tape Tape, Relation Relation, int[] Variables)
{
    /// <summary>Whether the two statements can hold together with each figure in its domain (by network variable).</summary>
    /// <exception cref="OverflowException">a value beyond decimal's range</exception>
    public bool Holds(Func<int, Interval> domainOf)
    {
        var domains = new Interval[Variables.Length];
        for (var i = 0; i < domains.Length; i++) domains[i] = domainOf(Variables[i]);
        return RangeEnclosure.Meet(Tape, Tape.Roots[0], domains, Relation) == 0;
    }

    /// <summary>
    /// The composites among some statements: for each that states x = E with x one figure (or
    /// derived quantity) alone on a side, each other that depends on x and on some figure behind E
    /// too. Derived quantities are expanded to their facts.
    /// </summary>
    /// <summary>How many statements one figure is substituted into, at most.</summary>
    public const int MaxTakers = 256;

    /// <summary>
    /// How many composites are made among one set of statements, at most: in a dense group (every
    /// statement naming one figure) they grow with the square of its statements. The report's
    /// largest group has about 530. Fewer composites only ever prove less.
    /// </summary>
    public const int MaxComposites = 1024;

    /// <param name="network">the network of the statements</param>
    /// <param name="statements">the statements to combine</param>
    /// <param name="made">composites made before, by giver, taker and figure: a proof tries many sets of the same statements</param>
    public static List<Composite> Among(JointNetwork network, IReadOnlyCollection<int> statements,
        ConcurrentDictionary<(int Giver, int Taker, string Figure), Composite?>? made = null)
    {
        var result = new List<Composite>();
        var takers = new Dictionary<int, List<int>>();
        foreach (var s in statements)
            foreach (var v in network.Closure(s))
            {
                if (!takers.TryGetValue(v, out var list)) takers[v] = list = [];
                list.Add(s);
            }
        foreach (var giver in statements)
        {
            foreach (var (x, value) in Gives(network.Constraints[giver]))
            {
                if (network.VariableOf(x) is not { } variable || Names(value, x)) continue;
                var behindValue = network.FactsOf(giver);
                // A figure named by very many statements (a hub: a national total) gives too many
                // composites to try them all; those of the first statements are kept. Fewer
                // composites only ever prove less.
                foreach (var taker in (takers.GetValueOrDefault(variable) ?? []).Take(MaxTakers))
                {
                    if (taker == giver || !SharesAnother(network.FactsOf(taker), behindValue, variable)) continue;
                    var composite = made is null ? Make(network, giver, taker, x, value) : made.GetOrAdd((giver, taker, x), _ => Make(network, giver, taker, x, value));
                    if (composite is null) continue;
                    result.Add(composite);
                    if (result.Count >= MaxComposites) return result;
                }
            }
        }
        return result;
    }

    /// <summary>Whether the two (short) lists of facts share one other than the figure substituted.</summary>
    private static bool SharesAnother(int[] a, int[] b, int except)
    {
        foreach (var x in a)
            if (x != except && Array.IndexOf(b, x) >= 0) return true;
        return false;
    }

    /// <summary>Whether the expression names the id (a statement x = f(x) gives nothing to substitute).</summary>
    private static bool Names(Expr e, string id) => e is Ref r ? r.Id == id : e.References().Contains(id);

    /// <summary>The figures an equality statement gives: each side that is one reference alone, with the other side.</summary>
    private static IEnumerable<(string Id, Expr Value)> Gives(Constraint c)
    {
        if (c.Relation != Relation.Equal) yield break;
        var (left, right) = Sides(c);
        if (left is Ref l) yield return (l.Id, right);
        if (right is Ref r) yield return (r.Id, left);
    }

    private static (Expr Left, Expr Right) Sides(Constraint c) => c.Statement switch
    {
        Model.RelationCheck r => (r.Stated, r.Implied),
        Model.SameQuantityCheck s => (new Ref(s.First), new Ref(s.Second)),
        _ => throw new InvalidOperationException("not a statement"),
    };

    private static Composite? Make(JointNetwork network, int giver, int taker, string x, Expr value)
    {
        var target = network.Constraints[taker];
        var (left, right) = Sides(target);
        try
        {
            var tape = Tape.Compile([Sum.Difference(left, right)], id => id == x ? value : network.DefinitionOf(id));
            if (!tape.Occurrences.Any(n => n > 1)) return null;
            var variables = new int[tape.Variables.Count];
            for (var i = 0; i < variables.Length; i++)
            {
                if (network.VariableOf(tape.Variables[i]) is not { } v) return null;
                variables[i] = v;
            }
            return new Composite(giver, taker, tape, target.Relation, variables);
        }
        catch (EvaluationException)
        {
            return null;
        }
    }
}
