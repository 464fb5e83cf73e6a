using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Expressions;

/// <summary>
/// One or more expressions compiled to a flat list of nodes, children before parents, over
/// numbered variables. Evaluated forward on intervals (<see cref="Forward"/>), differentiated on
/// intervals (<see cref="Derivative"/>) and narrowed backward from a constraint on its roots
/// (<see cref="Backward"/>: the HC4-revise projection). Every step is outward-rounded, so a value
/// or a narrowing never loses a true value. Built and walked without recursion: an expression's
/// depth is the input's to choose.
/// </summary>
public sealed class Tape
{
    internal enum Op : byte { Var, Const, Neg, Add, Sub, Mul, Div, Prev, Pow, Root, Whole }

    /// <summary>A node: for Var, <c>A</c> is the variable; for Const, the constant; else the children.</summary>
    internal readonly record struct Node(Op Op, int A, int B);

    private readonly Node[] _nodes;
    private readonly Interval[] _constants;

    /// <summary>The node of each compiled expression, in the order given.</summary>
    public IReadOnlyList<int> Roots { get; }

    /// <summary>The id each variable stands for, by number.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>How many times each variable occurs in the tape.</summary>
    public IReadOnlyList<int> Occurrences { get; }

    /// <summary>The most nodes a tape is compiled to.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>The number of nodes: the size of the value buffers the caller provides.</summary>
    public int Length => _nodes.Length;

    private Tape(Node[] nodes, Interval[] constants, int[] roots, string[] variables)
    {
        _nodes = nodes;
        _constants = constants;
        Roots = roots;
        Variables = variables;
        var occurrences = new int[variables.Length];
        foreach (var n in nodes)
            if (n.Op == Op.Var) occurrences[n.A]++;
        Occurrences = occurrences;
    }

    /// <summary>
    /// Compiles the expressions. A reference is a variable, numbered in order of first mention
    /// (<see cref="Variables"/>), unless <paramref name="inline"/> gives an expression for it: then
    /// that expression stands in its place (a derived quantity expanded to the facts behind it).
    /// </summary>
    public static Tape Compile(IReadOnlyList<Expr> expressions, Func<string, Expr?> inline)
    {
        // The working lists are the thread's own, kept from one compilation to the next: a large
        // report compiles hundreds of thousands of small tapes, and their garbage cost more than
        // the compiling.
        var b = Buffers ??= new CompileBuffers();
        b.Clear();
        var (slots, nodes, constants, work, done, args) = (b.Slots, b.Nodes, b.Constants, b.Work, b.Done, b.Args);
        var roots = new int[expressions.Count];
        for (var r = 0; r < expressions.Count; r++)
        {
            // An explicit stack of (expression, children): -1 on the way down, else the number of
            // its children, whose nodes are then on the done stack.
            work.Push((expressions[r], -1));
            while (work.Count > 0)
            {
                // Derived quantities expanded inside each other can multiply (d2 = d1 + d1, d3 = d2 + d2 …).
                if (nodes.Count > MaxNodes)
                    throw new EvaluationException(EvaluationProblem.Domain, $"the expression expands to more than {MaxNodes} terms");
                var (e, children) = work.Pop();
                if (children < 0)
                {
                    switch (e)
                    {
                        case Number n:
                            constants.Add(Interval.Point(n.Value));
                            nodes.Add(new Node(Op.Const, constants.Count - 1, 0));
                            done.Push(nodes.Count - 1);
                            continue;
                        case Ref refer when inline(refer.Id) is { } definition:
                            work.Push((definition, -1));
                            continue;
                        case Ref refer:
                            if (!slots.TryGetValue(refer.Id, out var slot)) slots[refer.Id] = slot = slots.Count;
                            nodes.Add(new Node(Op.Var, slot, 0));
                            done.Push(nodes.Count - 1);
                            continue;
                        case Call { Function: "sum", Arguments.Count: 0 }:
                            constants.Add(Interval.Point(0m));
                            nodes.Add(new Node(Op.Const, constants.Count - 1, 0));
                            done.Push(nodes.Count - 1);
                            continue;
                    }
                    PushChildren(e, work);
                    continue;
                }
                // The children's nodes are on top of the done stack, the last on top.
                args.Clear();
                for (var i = 0; i < children; i++) args.Add(0);
                for (var i = children - 1; i >= 0; i--) args[i] = done.Pop();
                done.Push(Emit(e, args, nodes));
            }
            roots[r] = done.Pop();
        }
        var variables = new string[slots.Count];
        foreach (var (id, slot) in slots) variables[slot] = id;
        return new Tape([.. nodes], constants.Count == 0 ? [] : [.. constants], roots, variables);
    }

    [ThreadStatic]
    private static CompileBuffers? Buffers;

    private sealed class CompileBuffers
    {
        public readonly Dictionary<string, int> Slots = new(StringComparer.Ordinal);
        public readonly List<Node> Nodes = [];
        public readonly List<Interval> Constants = [];
        public readonly Stack<(Expr Expr, int Children)> Work = new();
        public readonly Stack<int> Done = new();
        public readonly List<int> Args = [];

        public void Clear()
        {
            Slots.Clear();
            Nodes.Clear();
            Constants.Clear();
            Work.Clear();
            Done.Clear();
        }
    }

    /// <summary>The expression with its children after it, the first child on top: children are compiled first, in order.</summary>
    private static void PushChildren(Expr e, Stack<(Expr Expr, int Children)> work)
    {
        switch (e)
        {
            case Neg n:
                work.Push((e, 1));
                work.Push((n.Operand, -1));
                break;
            case Binary b:
                work.Push((e, 2));
                work.Push((b.Right, -1));
                work.Push((b.Left, -1));
                break;
            case Sum sum:
                work.Push((e, sum.Addends.Count));
                for (var i = sum.Addends.Count - 1; i >= 0; i--) work.Push((sum.Addends[i].Term, -1));
                break;
            case Call c:
                work.Push((e, c.Arguments.Count));
                for (var i = c.Arguments.Count - 1; i >= 0; i--) work.Push((c.Arguments[i], -1));
                break;
            default:
                throw new InvalidOperationException($"unknown expression {e.GetType().Name}");
        }
    }

    private static int Emit(Expr e, List<int> args, List<Node> nodes)
    {
        void Add(Op op, int a, int b = 0) => nodes.Add(new Node(op, a, b));
        switch (e)
        {
            case Neg:
                Add(Op.Neg, args[0]);
                break;
            case Sum sum:
            {
                // Left to right, as the chain of binary operations it stands for.
                var sofar = args[0];
                if (sum.Addends[0].Subtracted)
                {
                    Add(Op.Neg, sofar);
                    sofar = nodes.Count - 1;
                }
                for (var i = 1; i < args.Count; i++)
                {
                    Add(sum.Addends[i].Subtracted ? Op.Sub : Op.Add, sofar, args[i]);
                    sofar = nodes.Count - 1;
                }
                return sofar;
            }
            case Binary b:
                Add(b.Operator switch
                {
                    '+' => Op.Add, '-' => Op.Sub, '*' => Op.Mul, '/' => Op.Div,
                    _ => throw new InvalidOperationException($"unknown operator {b.Operator}"),
                }, args[0], args[1]);
                break;
            case Call { Function: "sum" }:
                var total = args[0];
                for (var i = 1; i < args.Count; i++)
                {
                    Add(Op.Add, total, args[i]);
                    total = nodes.Count - 1;
                }
                return total;
            case Call { Function: "prev", Arguments.Count: 2 }:
                Add(Op.Prev, args[0], args[1]);
                break;
            case Call { Function: "pow", Arguments.Count: 2 }:
                Add(Op.Pow, args[0], args[1]);
                break;
            case Call { Function: "root", Arguments.Count: 2 }:
                Add(Op.Root, args[0], args[1]);
                break;
            case Call { Function: "whole", Arguments.Count: 1 }:
                Add(Op.Whole, args[0]);
                break;
            case Call c:
                throw new EvaluationException(EvaluationProblem.Domain, $"unknown function {c.Function}");
        }
        return nodes.Count - 1;
    }

    /// <summary>
    /// Every node's value on the variables' domains. A node that cannot be evaluated there (a
    /// divisor that may be zero, a root of a possibly negative value) is unbounded: it says nothing.
    /// </summary>
    /// <exception cref="OverflowException">a value beyond decimal's range</exception>
    public void Forward(Span<Interval> values, ReadOnlySpan<Interval> domains)
    {
        for (var i = 0; i < _nodes.Length; i++)
        {
            var n = _nodes[i];
            values[i] = n.Op switch
            {
                Op.Var => domains[n.A],
                Op.Const => _constants[n.A],
                Op.Neg => -values[n.A],
                Op.Add => values[n.A] + values[n.B],
                Op.Sub => values[n.A] - values[n.B],
                Op.Mul => values[n.A] * values[n.B],
                Op.Div => Quotient(values[n.A], values[n.B]),
                Op.Prev => Quotient(values[n.A], values[n.B] + One),
                Op.Pow => Exponent(values[n.B]) is { } k && NonNegative(values[n.A]) ? values[n.A].Pow(k) : Interval.Everything,
                Op.Root => Exponent(values[n.B]) is { } k && NonNegative(values[n.A]) ? values[n.A].Root(k) : Interval.Everything,
                Op.Whole => Whole(values[n.A]) is { } w ? Interval.Point(w) : Interval.Everything,
                _ => Interval.Everything,
            };
        }
    }

    /// <summary>
    /// An enclosure of each node's derivative with respect to <paramref name="variable"/> over the
    /// domains, from the values of <see cref="Forward"/>; unbounded where the derivative may not
    /// exist (a divisor or a root's argument that may be zero).
    /// </summary>
    public void Derivative(Span<Interval> derivatives, ReadOnlySpan<Interval> values, int variable)
    {
        var zero = Interval.Point(0m);
        for (var i = 0; i < _nodes.Length; i++)
        {
            var n = _nodes[i];
            derivatives[i] = n.Op switch
            {
                Op.Var => n.A == variable ? One : zero,
                Op.Const => zero,
                // Constant where it is defined at all: one whole number over the whole domain.
                Op.Whole => Whole(values[n.A]) is not null ? zero : Interval.Everything,
                Op.Neg => -derivatives[n.A],
                Op.Add => derivatives[n.A] + derivatives[n.B],
                Op.Sub => derivatives[n.A] - derivatives[n.B],
                Op.Mul => derivatives[n.A] * values[n.B] + values[n.A] * derivatives[n.B],
                // (a / b)' = (a' - (a / b) b') / b
                Op.Div => Quotient(derivatives[n.A] - values[i] * derivatives[n.B], values[n.B]),
                Op.Prev => Quotient(derivatives[n.A] - values[i] * derivatives[n.B], values[n.B] + One),
                // (a^k)' = k a^(k-1) a'
                Op.Pow => Exponent(values[n.B]) is { } k && NonNegative(values[n.A])
                    ? Interval.Point(k) * (k == 1 ? One : values[n.A].Pow(k - 1)) * derivatives[n.A]
                    : Interval.Everything,
                // (a^(1/k))' = a^(1/k) / (k a) a'
                Op.Root => Exponent(values[n.B]) is { } k && values[n.A].Lo > 0m
                    ? Quotient(values[i], Interval.Point(k) * values[n.A]) * derivatives[n.A]
                    : Interval.Everything,
                _ => Interval.Everything,
            };
        }
    }

    /// <summary>
    /// Narrows the nodes backward from their parents, after <see cref="Forward"/> and after the
    /// caller narrowed the roots: each child keeps only the values that some values of its
    /// siblings can combine into its parent's. Each variable's domain is intersected with what its
    /// occurrences keep. False when some node has no value left: no values of the domains satisfy
    /// the constraint on the roots.
    /// </summary>
    /// <exception cref="OverflowException">a value beyond decimal's range</exception>
    public bool Backward(Span<Interval> values, Span<Interval> domains)
    {
        for (var i = _nodes.Length - 1; i >= 0; i--)
        {
            var n = _nodes[i];
            var v = values[i];
            switch (n.Op)
            {
                case Op.Var:
                    if (domains[n.A].Intersect(v) is not { } d) return false;
                    domains[n.A] = d;
                    break;
                case Op.Const:
                    if (!v.Overlaps(_constants[n.A])) return false;
                    break;
                case Op.Neg:
                    if (!Narrow(values, n.A, -v)) return false;
                    break;
                case Op.Add:
                    if (!Narrow(values, n.A, v - values[n.B]) || !Narrow(values, n.B, v - values[n.A])) return false;
                    break;
                case Op.Sub:
                    if (!Narrow(values, n.A, v + values[n.B]) || !Narrow(values, n.B, values[n.A] - v)) return false;
                    break;
                case Op.Mul:
                    if (!values[n.B].ContainsZero && !Narrow(values, n.A, v / values[n.B])) return false;
                    if (!values[n.A].ContainsZero && !Narrow(values, n.B, v / values[n.A])) return false;
                    break;
                case Op.Div:
                    if (!Narrow(values, n.A, v * values[n.B])) return false;
                    if (!v.ContainsZero && !Narrow(values, n.B, values[n.A] / v)) return false;
                    break;
                case Op.Prev:
                    var factor = values[n.B] + One;
                    if (!Narrow(values, n.A, v * factor)) return false;
                    if (!v.ContainsZero && !Narrow(values, n.B, values[n.A] / v - One)) return false;
                    break;
                case Op.Pow when Exponent(values[n.B]) is { } k && NonNegative(values[n.A]):
                    if (v.Intersect(new Interval(0m, null)) is not { } powered || !Narrow(values, n.A, powered.Root(k))) return false;
                    break;
                case Op.Root when Exponent(values[n.B]) is { } k && NonNegative(values[n.A]):
                    if (v.Intersect(new Interval(0m, null)) is not { } rooted || !Narrow(values, n.A, rooted.Pow(k))) return false;
                    break;
            }
        }
        return true;
    }

    private static readonly Interval One = Interval.Point(1m);

    private static bool Narrow(Span<Interval> values, int node, Interval to)
    {
        if (values[node].Intersect(to) is not { } narrowed) return false;
        values[node] = narrowed;
        return true;
    }

    private static Interval Quotient(Interval a, Interval b) => b.ContainsZero ? Interval.Everything : a / b;

    private static bool NonNegative(Interval x) => x.Lo is >= 0m;

    /// <summary>The exponent of pow and root: a whole number from 1 to 100, known exactly.</summary>
    private static int? Exponent(Interval x) =>
        x.Lo is { } lo && x.Hi == lo && lo == Math.Floor(lo) && lo is >= 1 and <= 100 ? (int)lo : null;

    /// <summary>
    /// The one whole number in the interval, if there is exactly one: a count (of years, say)
    /// written as a figure, 五 standing for [4.5, 5.5], is that whole number.
    /// </summary>
    public static decimal? Whole(Interval x)
    {
        if (x.Lo is not { } lo || x.Hi is not { } hi) return null;
        var least = Math.Ceiling(lo);
        return least == Math.Floor(hi) ? least : null;
    }
}
