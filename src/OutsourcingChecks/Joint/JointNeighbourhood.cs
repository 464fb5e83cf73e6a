using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Joint;

/// <summary>
/// The statements around one fact, as a network of their own: those that name the fact, and those
/// that share a fact with them (at most <see cref="MaxStatements"/>). Made once per fact, it tells
/// whether the fact written otherwise makes them unable to hold at once: what a slip of the fact
/// breaks that no check alone shows. Statements further away are left out, so a slip caught only by
/// a long chain of statements is not counted: the audit never claims more protection than there is.
/// </summary>
public sealed class JointNeighbourhood
{
    /// <summary>The most statements a fact's neighbourhood holds.</summary>
    public const int MaxStatements = 12;

    private readonly Prover? _prover;
    private readonly List<int> _statements = [];
    private readonly int? _variable;

    private JointNeighbourhood(Prover? prover, List<int> statements, int? variable)
    {
        _prover = prover;
        _statements = statements;
        _variable = variable;
    }

    /// <param name="scope">the report's facts and derived quantities</param>
    /// <param name="fact">the fact</param>
    /// <param name="statementsOf">the checks that hold alone and involve a fact (derived quantities expanded), by fact id</param>
    /// <param name="factsOf">the facts a check involves</param>
    public static JointNeighbourhood Of(ReportScope scope, Fact fact, Func<string, IReadOnlyList<Check>> statementsOf, Func<Check, IEnumerable<Fact>> factsOf)
    {
        var near = new List<Check>();
        var seen = new HashSet<Check>(ReferenceEqualityComparer.Instance);
        foreach (var c in statementsOf(fact.Id))
            if (seen.Add(c)) near.Add(c);
        foreach (var c in near.ToList())
            foreach (var other in factsOf(c))
                foreach (var d in statementsOf(other.Id))
                    if (near.Count < MaxStatements && seen.Add(d)) near.Add(d);
        if (near.Count == 0) return new JointNeighbourhood(null, [], null);
        var network = JointNetwork.Build(scope.Fact, scope.Definition, near);
        return new JointNeighbourhood(new Prover(network), network.Statements.ToList(), network.VariableOf(fact.Id));
    }

    /// <summary>
    /// Whether the statements cannot all hold with the fact written as <paramref name="slipped"/>
    /// (its id unchanged). Of the composites, only those with a figure whose domain the slip moved
    /// are tried: the others hold as they did as written.
    /// </summary>
    public bool Refutes(Fact slipped)
    {
        if (_prover is null || _variable is not { } v) return false;
        var (fixpoint, composites) = _prover.Propagate(_statements, x => x == v ? slipped.Canonical : null);
        if (fixpoint is null) return true;
        if (AsWritten() is not { } written) return Prover.FailingComposite(fixpoint, composites) is not null;
        bool Moved(Composite c) => c.Variables.Any(x => fixpoint.Local(x) is { } l && written.Local(x) is { } w && fixpoint.Domains[l] != written.Domains[w]);
        return Prover.FailingComposite(fixpoint, composites.Where(Moved)) is not null;
    }

    private Propagation? _asWritten;
    private bool _asWrittenKnown;

    /// <summary>The statements' fixpoint as written, once (null when they cannot all hold).</summary>
    private Propagation? AsWritten()
    {
        if (_asWrittenKnown) return _asWritten;
        _asWrittenKnown = true;
        var (fixpoint, composites) = _prover!.Propagate(_statements);
        return _asWritten = fixpoint is not null && Prover.FailingComposite(fixpoint, composites) is null ? fixpoint : null;
    }

    /// <summary>Whether the statements cannot all hold as written: then a slip is no news to them.</summary>
    public bool RefutedAsWritten => _prover is not null && AsWritten() is null;
}
