using OutsourcingChecks.Expressions;
using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Joint;

/// <summary>
/// Interval constraint propagation over some of a network's constraints: each constraint revised
/// by a forward-backward pass (HC4-revise: <see cref="Tape.Forward"/>, the relation on its two
/// sides, <see cref="Tape.Backward"/>), a queue of the constraints whose variables narrowed, to a
/// fixpoint. Narrowing only ever removes values that no solution can take, so a domain that
/// becomes empty proves that the constraints cannot all hold.
/// </summary>
internal sealed class Propagation
{
    /// <summary>A domain counts as narrowed, and its constraints are revised again, when it loses more than this share of its width.</summary>
    private const decimal Progress = 0.1m;

    private readonly JointNetwork _network;
    private readonly int[] _constraints;
    /// <summary>The local number of each network variable, -1 where no constraint here names it.</summary>
    private readonly int[] _local;
    private readonly int[] _variables;
    /// <summary>The constraints (by position) that read each local variable: those of l are _watchers[_watchStart[l] .. _watchStart[l + 1]].</summary>
    private readonly int[] _watchers;
    private readonly int[] _watchStart;
    private readonly Interval[] _values;
    private readonly Interval[] _slots;
    private readonly bool[] _queued;
    private readonly Queue<int> _queue = new();

    /// <summary>The domains, by local variable (see <see cref="Local"/>).</summary>
    public Interval[] Domains { get; }

    /// <summary>
    /// Why each domain is what it is: the constraints whose narrowings led to it (null: as
    /// written). A conflict's reasons are the constraints it follows from, usually far fewer than
    /// every constraint that narrowed something.
    /// </summary>
    private readonly Reason?[] _reasons;

    /// <summary>
    /// One narrowing: the constraint that made it, and the reasons of the domains it read. The
    /// reasons form a graph shared by every domain they explain, walked only when a conflict (or
    /// a composite) needs its set of constraints: copying sets at each narrowing cost more than
    /// the narrowing.
    /// </summary>
    private sealed record Reason(int Constraint, Reason?[] Parents);

    /// <summary>Each conflict met by <see cref="RunThroughConflicts"/>: the constraints it follows from.</summary>
    public List<HashSet<int>> Conflicts { get; } = [];

    private bool[]? _disabled;

    /// <summary>How many revisions were made: the cost of the propagation, bounded.</summary>
    private int _revisions;

    public IReadOnlyList<int> Constraints => _constraints;

    /// <param name="network">the network</param>
    /// <param name="constraints">the constraints to propagate (statements and the definitions they need)</param>
    /// <param name="domain">a variable's starting domain instead of its written interval, or null to keep that</param>
    public Propagation(JointNetwork network, IReadOnlyList<int> constraints, Func<int, Interval?>? domain = null)
    {
        _network = network;
        _constraints = [.. constraints];
        _local = new int[network.Ids.Count];
        Array.Fill(_local, -1);
        var variables = new List<int>();
        var longest = 0;
        var reads = 0;
        for (var k = 0; k < _constraints.Length; k++)
        {
            var c = network.Constraints[_constraints[k]];
            longest = Math.Max(longest, c.Tape.Length);
            reads += c.Variables.Length;
            foreach (var v in c.Variables)
                if (_local[v] < 0)
                {
                    _local[v] = variables.Count;
                    variables.Add(v);
                }
        }
        _variables = [.. variables];
        // Who watches which variable, as one array cut by offsets (no list per variable).
        _watchStart = new int[_variables.Length + 1];
        for (var k = 0; k < _constraints.Length; k++)
            foreach (var v in network.Constraints[_constraints[k]].Variables)
                _watchStart[_local[v] + 1]++;
        for (var l = 0; l < _variables.Length; l++) _watchStart[l + 1] += _watchStart[l];
        _watchers = new int[reads];
        var fill = (int[])_watchStart.Clone();
        for (var k = 0; k < _constraints.Length; k++)
            foreach (var v in network.Constraints[_constraints[k]].Variables)
                _watchers[fill[_local[v]]++] = k;
        Domains = new Interval[_variables.Length];
        for (var l = 0; l < _variables.Length; l++)
            Domains[l] = domain?.Invoke(_variables[l]) ?? network.Initial[_variables[l]];
        _values = new Interval[longest];
        _slots = new Interval[_variables.Length];
        _queued = new bool[_constraints.Length];
        _reasons = new Reason?[_variables.Length];
    }

    /// <summary>
    /// The same constraints afresh, from the written intervals (or <paramref name="domain"/>'s):
    /// shares what is fixed (the constraints, the variables, who watches which), so one set of
    /// statements can be propagated again and again at the cost of its revisions alone.
    /// </summary>
    public Propagation Restart(Func<int, Interval?>? domain)
    {
        var domains = new Interval[_variables.Length];
        for (var l = 0; l < _variables.Length; l++)
            domains[l] = domain?.Invoke(_variables[l]) ?? _network.Initial[_variables[l]];
        return new Propagation(this, domains, new Reason?[_variables.Length]);
    }

    /// <summary>The same constraints from other domains (a box of a search, a restart): shares the structure.</summary>
    private Propagation(Propagation other, Interval[] domains, Reason?[] reasons)
    {
        _network = other._network;
        _constraints = other._constraints;
        _local = other._local;
        _variables = other._variables;
        _watchers = other._watchers;
        _watchStart = other._watchStart;
        Domains = domains;
        _values = new Interval[other._values.Length];
        _slots = new Interval[other._slots.Length];
        _queued = new bool[_constraints.Length];
        _reasons = reasons;
    }

    public JointNetwork Network => _network;

    /// <summary>The network variable of each local variable.</summary>
    public IReadOnlyList<int> Variables => _variables;

    /// <summary>The local number of a network variable, or null when no constraint here names it.</summary>
    public int? Local(int variable) => variable < _local.Length && _local[variable] >= 0 ? _local[variable] : null;

    /// <summary>Propagates every constraint to a fixpoint (or the revision budget). False when the constraints cannot all hold.</summary>
    public bool Run()
    {
        for (var k = 0; k < _constraints.Length; k++) Enqueue(k);
        return Continue();
    }

    /// <summary>Propagates what is queued. False when the constraints cannot all hold.</summary>
    public bool Continue()
    {
        // Revision is cheap and converges, but slowly where constraints narrow each other in a
        // cycle by ever smaller steps: the budget bounds the work, and stopping early is sound.
        var budget = 20 * _constraints.Length + 100;
        while (_queue.TryDequeue(out var k))
        {
            _queued[k] = false;
            if (_revisions++ >= budget) break;
            if (_disabled?[k] == true) continue;
            if (!Revise(k))
            {
                ConflictReasons = ReasonsOf(k);
                if (_disabled is null)
                {
                    _queue.Clear();
                    return false;
                }
                // Collecting conflicts: this one is kept, its constraint set aside, the rest goes on.
                Conflicts.Add(ConflictReasons);
                _disabled[k] = true;
            }
        }
        return Conflicts.Count == 0;
    }

    /// <summary>
    /// Propagates every constraint, setting aside each constraint that finds a conflict (with the
    /// conflict's reasons in <see cref="Conflicts"/>) and going on: one pass finds several
    /// conflicts. What follows a conflict rests on domains other conflicts may have shaped, so each
    /// must be proved again on its own. False when there was a conflict.
    /// </summary>
    public bool RunThroughConflicts()
    {
        _disabled = new bool[_constraints.Length];
        return Run();
    }

    /// <summary>The constraint itself and the reasons of every variable it reads.</summary>
    private HashSet<int> ReasonsOf(int k) => Walk(Narrowing(k));

    /// <summary>A narrowing by constraint k, from the reasons of the domains it reads.</summary>
    private Reason Narrowing(int k)
    {
        var variables = _network.Constraints[_constraints[k]].Variables;
        var parents = new Reason?[variables.Length];
        for (var i = 0; i < variables.Length; i++) parents[i] = _reasons[_local[variables[i]]];
        return new Reason(_constraints[k], parents);
    }

    /// <summary>Every constraint a reason rests on.</summary>
    private static HashSet<int> Walk(Reason? reason)
    {
        var constraints = new HashSet<int>();
        var seen = new HashSet<Reason>(ReferenceEqualityComparer.Instance);
        var work = new Stack<Reason>();
        if (reason is not null) work.Push(reason);
        while (work.TryPop(out var r))
        {
            if (!seen.Add(r)) continue;
            constraints.Add(r.Constraint);
            foreach (var p in r.Parents)
                if (p is not null) work.Push(p);
        }
        return constraints;
    }

    /// <summary>The constraints a variable's domain follows from (none while it is as written).</summary>
    public IEnumerable<int> ReasonsOfVariable(int local) => Walk(_reasons[local]);

    /// <summary>The constraints the last conflict follows from.</summary>
    public HashSet<int> ConflictReasons { get; private set; } = [];

    private void Enqueue(int k)
    {
        if (_queued[k]) return;
        _queued[k] = true;
        _queue.Enqueue(k);
    }

    /// <summary>One forward-backward pass of one constraint; false when it empties a domain.</summary>
    private bool Revise(int k)
    {
        var c = _network.Constraints[_constraints[k]];
        var tape = c.Tape;
        var slots = _slots.AsSpan(0, c.Variables.Length);
        for (var i = 0; i < slots.Length; i++) slots[i] = Domains[_local[c.Variables[i]]];
        var values = _values.AsSpan(0, tape.Length);
        try
        {
            tape.Forward(values, slots);
            if (!Relate(values, tape.Roots[0], tape.Roots[1], c.Relation)) return false;
            if (!tape.Backward(values, slots)) return false;
        }
        catch (Exception ex) when (ex is OverflowException or ArgumentException or DivideByZeroException)
        {
            return true; // beyond decimal's range: this constraint narrows nothing, which is sound
        }
        Reason? reason = null;
        for (var i = 0; i < slots.Length; i++)
        {
            var l = _local[c.Variables[i]];
            var before = Domains[l];
            if (slots[i] == before) continue;
            Domains[l] = slots[i];
            _reasons[l] = reason ??= Narrowing(k);
            if (!Significant(before, slots[i])) continue;
            for (var w = _watchStart[l]; w < _watchStart[l + 1]; w++)
                if (_watchers[w] != k) Enqueue(_watchers[w]);
        }
        return true;
    }

    /// <summary>Narrows the two sides to what the relation allows; false when nothing is left.</summary>
    private static bool Relate(Span<Interval> values, int left, int right, Relation relation)
    {
        var (l, r) = (values[left], values[right]);
        Interval? nl, nr;
        switch (relation)
        {
            case Relation.Equal:
                nl = nr = l.Intersect(r);
                break;
            case Relation.Less or Relation.LessOrEqual:
                // Strict or not, closed bounds: a strict inequality is only ever taken as weaker.
                nl = l.Intersect(new Interval(null, r.Hi));
                nr = r.Intersect(new Interval(l.Lo, null));
                break;
            default:
                nl = l.Intersect(new Interval(r.Lo, null));
                nr = r.Intersect(new Interval(null, l.Hi));
                break;
        }
        if (nl is null || nr is null) return false;
        values[left] = nl.Value;
        values[right] = nr.Value;
        return true;
    }

    /// <summary>
    /// Whether a narrowing is worth revising the variable's other constraints for: it removed more
    /// than <see cref="Progress"/> of the width, and more than <see cref="Resolution"/> of the
    /// value's size. Constraints in a cycle can narrow each other by ever smaller steps toward a
    /// point; below the resolution (far below any written digit) those steps are not pursued.
    /// </summary>
    private static bool Significant(Interval before, Interval after)
    {
        if ((before.Lo is null) != (after.Lo is null) || (before.Hi is null) != (after.Hi is null)) return true;
        decimal Moved(decimal? a, decimal? b) => a is { } x && b is { } y ? Math.Abs(x - y) : 0m;
        var moved = Moved(before.Lo, after.Lo) + Moved(before.Hi, after.Hi);
        var size = Math.Max(Math.Abs(before.Lo ?? 0m), Math.Abs(before.Hi ?? 0m));
        if (moved <= size * Resolution) return false;
        return before.Width is not { } width || moved > width * Progress;
    }

    /// <summary>The smallest narrowing pursued, as a share of the value's size.</summary>
    private const decimal Resolution = 0.000000001m;
}
