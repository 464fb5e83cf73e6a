using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Expressions;

/// <summary>
/// The range of an expression over a box of variables, enclosed tightly even when a variable
/// occurs more than once (the dependency problem: x / x on [1, 2] evaluates to [0.5, 2], not 1).
/// On each box three enclosures are intersected: the plain evaluation; the monotonicity test
/// (where the derivative with respect to a repeated variable keeps one sign, the bounds are
/// reached at that variable's ends); and the mean-value form (the value at the repeated
/// variables' midpoints plus their derivatives times their half-widths). Each is outward-rounded,
/// so the result always contains the true range, and it is never wider than the plain evaluation.
/// Where that is not tight enough, the box whose enclosure is widest is bisected on its repeated
/// variable of largest smear (width times derivative), up to <see cref="Bisections"/> times. The
/// value at each box's lowest and highest corner (every variable at the end its derivative
/// points to) is a true value of the expression: these inner bounds say when to stop.
/// </summary>
public static class RangeEnclosure
{
    /// <summary>How many bisections one enclosure may take.</summary>
    public const int Bisections = 48;

    /// <summary>The enclosure is tight enough when it is wider than the values found at points by less than this share.</summary>
    private const decimal Tightness = 0.001m;

    /// <summary>The range of <paramref name="root"/> over <paramref name="domains"/>, tightly enclosed.</summary>
    /// <exception cref="OverflowException">a value beyond decimal's range</exception>
    public static Interval Of(Tape tape, int root, ReadOnlySpan<Interval> domains)
    {
        var work = new Workspace(tape, root, domains.Length);
        var first = work.Enclose(domains.ToArray());
        if (work.Repeated.Count == 0) return first.Enclosure;

        var queue = new PriorityQueue<Box, decimal>();
        queue.Enqueue(first, -Width(first.Enclosure));
        Interval? hull = null;
        var inner = first.Inner;
        for (var bisections = 0; bisections < Bisections && queue.Count > 0;)
        {
            // When every enclosure lies within the values found at points (widened by the
            // tightness share), the hull is as tight as it needs to be.
            if (inner is { } i && Within(Hull(hull, queue), Widened(i))) break;
            var box = queue.Dequeue();
            if (box.Split is not { } s)
            {
                hull = Join(hull, box.Enclosure);
                continue;
            }
            bisections++;
            foreach (var half in work.Halves(box, s))
            {
                inner = half.Inner is { } hi ? (inner is { } sofar ? sofar.Hull(hi) : hi) : inner;
                queue.Enqueue(half, -Width(half.Enclosure));
            }
        }
        while (queue.TryDequeue(out var rest, out _)) hull = Join(hull, rest.Enclosure);
        return hull!.Value.Intersect(first.Enclosure) ?? first.Enclosure;
    }

    /// <summary>
    /// Whether the expression can meet zero under the relation (f = 0, f ≤ 0 …) for some values in
    /// the box: 0 when it can (values on faces of the box show it, for equality values on both
    /// sides of zero, the expression being continuous) or when bisection ends undecided; otherwise
    /// the side of zero the expression lies on everywhere (-1 below, 1 above), a proof that it
    /// cannot: every sub-box's enclosure misses.
    /// </summary>
    /// <exception cref="OverflowException">a value beyond decimal's range</exception>
    public static int Meet(Tape tape, int root, ReadOnlySpan<Interval> domains, Relation relation)
    {
        var work = new Workspace(tape, root, domains.Length);
        var first = work.Enclose(domains.ToArray());
        // Continuous on the box when no divisor can be zero there: then every enclosure is bounded.
        var continuous = first.Enclosure.IsBounded;
        bool below = false, above = false;
        bool Witnessed(Box box)
        {
            // Values on faces are values the expression takes: meeting the relation there shows it
            // can be met; for equality, values on both sides of zero do too, the expression being
            // continuous on the box (its intermediate values are taken between them).
            if (box.Inner is not { } v) return false;
            below |= v.Lo <= 0m;
            above |= v.Hi >= 0m;
            return relation switch
            {
                Relation.Equal => v.ContainsZero || (below && above && continuous),
                Relation.LessOrEqual => v.Lo <= 0m,
                Relation.Less => v.Lo < 0m,
                Relation.GreaterOrEqual => v.Hi >= 0m,
                _ => v.Hi > 0m,
            };
        }
        bool Excluded(Box box) => !Meets(box.Enclosure, relation);
        // The side of a box that cannot meet the relation: its enclosure is wholly above or below zero.
        int Side(Box box) => box.Enclosure.Lo > 0m ? 1 : -1;

        if (Excluded(first)) return Side(first);
        if (Witnessed(first)) return 0;
        var stack = new Stack<Box>();
        stack.Push(first);
        var bisections = 0;
        int? side = null;
        while (stack.TryPop(out var box))
        {
            if (box.Split is not { } s || bisections >= Bisections) return 0; // undecided: no proof
            bisections++;
            foreach (var half in work.Halves(box, s))
            {
                if (Excluded(half))
                {
                    side ??= Side(half);
                    continue;
                }
                if (Witnessed(half)) return 0;
                stack.Push(half);
            }
        }
        return side ?? Side(first); // every box's enclosure misses: no values meet the relation
    }

    /// <summary>Whether some value of the interval meets zero under the relation.</summary>
    private static bool Meets(Interval f, Relation relation) => relation switch
    {
        Relation.Equal => f.ContainsZero,
        Relation.LessOrEqual => f.Lo is null || f.Lo <= 0m,
        Relation.Less => f.Lo is null || f.Lo < 0m,
        Relation.GreaterOrEqual => f.Hi is null || f.Hi >= 0m,
        _ => f.Hi is null || f.Hi > 0m,
    };

    /// <summary>The midpoint, kept inside the interval whatever decimal's rounding does (the mean-value theorem needs it there).</summary>
    private static decimal Centre(Interval x) => Math.Clamp(x.Mid, x.Lo!.Value, x.Hi!.Value);

    private static Interval Join(Interval? hull, Interval x) => hull is { } h ? h.Hull(x) : x;

    private static Interval Hull(Interval? hull, PriorityQueue<Box, decimal> queue)
    {
        foreach (var (box, _) in queue.UnorderedItems) hull = Join(hull, box.Enclosure);
        return hull ?? Interval.Everything;
    }

    private static Interval Widened(Interval x)
    {
        var slack = (x.Width ?? 0m) * Tightness + Math.Max(Math.Abs(x.Lo ?? 0m), Math.Abs(x.Hi ?? 0m)) * 0.000000000001m;
        return new Interval(x.Lo - slack, x.Hi + slack);
    }

    private static bool Within(Interval inner, Interval outer) =>
        (outer.Lo is null || (inner.Lo is { } il && il >= outer.Lo)) && (outer.Hi is null || (inner.Hi is { } ih && ih <= outer.Hi));

    /// <summary>An unbounded enclosure is the widest of all.</summary>
    private static decimal Width(Interval x) => x.Width ?? decimal.MaxValue;

    /// <summary>
    /// A box, the enclosure of the range on it, the variable to bisect it on (null: none worth it),
    /// and the hull of the values at its lowest and highest corners (null where a variable is unbounded).
    /// </summary>
    private sealed record Box(Interval[] Domains, Interval Enclosure, int? Split, Interval? Inner);

    /// <summary>The tape and buffers shared by every box of one enclosure.</summary>
    private sealed class Workspace
    {
        private readonly Tape _tape;
        private readonly int _root;
        private readonly Interval[] _values;
        private readonly Interval[] _derivatives;
        private readonly Interval[] _slopes;
        private readonly int[] _direction;
        private readonly Interval[] _scratch;

        public List<int> Repeated { get; } = [];

        public Workspace(Tape tape, int root, int variables)
        {
            _tape = tape;
            _root = root;
            for (var v = 0; v < tape.Occurrences.Count; v++)
                if (tape.Occurrences[v] > 1) Repeated.Add(v);
            _values = new Interval[tape.Length];
            _derivatives = new Interval[tape.Length];
            _slopes = new Interval[variables];
            _direction = new int[variables];
            _scratch = new Interval[variables];
        }

        /// <summary>The box split in two on variable <paramref name="s"/>, each half enclosed.</summary>
        public Box[] Halves(Box box, int s)
        {
            var (lo, hi) = (box.Domains[s].Lo!.Value, box.Domains[s].Hi!.Value);
            var mid = Centre(box.Domains[s]);
            var lower = (Interval[])box.Domains.Clone();
            var upper = (Interval[])box.Domains.Clone();
            lower[s] = new Interval(lo, mid);
            upper[s] = new Interval(mid, hi);
            return [Enclose(lower), Enclose(upper)];
        }

        public Box Enclose(Interval[] box)
        {
            _tape.Forward(_values, box);
            var enclosure = _values[_root];
            // The slope, and its sign, with respect to every repeated variable with some width.
            var anyMonotone = false;
            foreach (var v in Repeated)
            {
                _direction[v] = 0;
                if (box[v].Width is not > 0m)
                {
                    _slopes[v] = Interval.Point(0m);
                    continue;
                }
                _tape.Derivative(_derivatives, _values, v);
                _slopes[v] = _derivatives[_root];
                _direction[v] = _slopes[v].Lo >= 0m ? 1 : _slopes[v].Hi <= 0m ? -1 : 0;
                anyMonotone |= _direction[v] != 0;
            }

            if (anyMonotone)
            {
                var lower = Fixed(box, toward: -1).Lo;
                var upper = Fixed(box, toward: 1).Hi;
                enclosure = new Interval(lower, upper).Intersect(enclosure) ?? enclosure;
            }
            Interval? centre = null;
            if (Repeated.Count > 0 && MeanValue(box, out centre) is { } centred) enclosure = centred.Intersect(enclosure) ?? enclosure;

            // Faces of the box, every repeated variable at one value and the others whole: there
            // each variable occurs once, so the plain value is the exact range on the face
            // (outward-rounded): values the expression truly takes, to stop on or to decide by.
            Interval? inner = null;
            if (Repeated.All(v => box[v].IsBounded))
            {
                inner = Face(box, toward: -1).Hull(Face(box, toward: 1));
                if (centre is { } c) inner = inner.Value.Hull(c);
            }

            // Bisect where the most width comes from: the repeated variable, not monotone, whose
            // width times its slope is largest.
            int? split = null;
            var smear = 0m;
            foreach (var v in Repeated)
            {
                if (_direction[v] != 0 || !box[v].IsBounded || box[v].Width is not > 0m) continue;
                var slope = Math.Max(Math.Abs(_slopes[v].Lo ?? decimal.MaxValue / 4), Math.Abs(_slopes[v].Hi ?? decimal.MaxValue / 4));
                var s = Smear(box[v].Width!.Value, slope);
                if (split is null || s > smear) (split, smear) = (v, s);
            }
            return new Box(box, enclosure, split, inner);
        }

        private static decimal Smear(decimal width, decimal slope)
        {
            try
            {
                return width * slope;
            }
            catch (OverflowException)
            {
                return decimal.MaxValue;
            }
        }

        /// <summary>
        /// The value with each monotone repeated variable at the end that gives the lower bound
        /// (toward -1) or the upper (toward 1), the others left whole: an enclosure of that bound.
        /// Increasing in v, the lower bound is at v's lower end.
        /// </summary>
        private Interval Fixed(Interval[] box, int toward) => At(box, toward, face: false);

        /// <summary>
        /// The exact range on a face: every repeated variable at one value (a monotone one at the
        /// end toward the bound, the others at their midpoints), the other variables whole.
        /// </summary>
        private Interval Face(Interval[] box, int toward) => At(box, toward, face: true);

        private Interval At(Interval[] box, int toward, bool face)
        {
            box.CopyTo(_scratch, 0);
            foreach (var v in Repeated)
            {
                if (_direction[v] != 0)
                {
                    var end = _direction[v] * toward < 0 ? box[v].Lo : box[v].Hi;
                    if (end is { } e) _scratch[v] = Interval.Point(e);
                }
                else if (face)
                {
                    _scratch[v] = Interval.Point(Centre(box[v]));
                }
            }
            _tape.Forward(_values, _scratch);
            return _values[_root];
        }

        /// <summary>
        /// f(box) within f(midpoints of the repeated variables, the others as they are) + Σ slope ×
        /// (box - midpoint), by the mean-value theorem in the repeated variables; null when one of
        /// them is unbounded.
        /// </summary>
        private Interval? MeanValue(Interval[] box, out Interval? centre)
        {
            centre = null;
            box.CopyTo(_scratch, 0);
            foreach (var v in Repeated)
            {
                if (!box[v].IsBounded) return null;
                _scratch[v] = Interval.Point(Centre(box[v]));
            }
            _tape.Forward(_values, _scratch);
            var result = _values[_root];
            centre = result; // a face too: the repeated variables at their midpoints
            foreach (var v in Repeated)
            {
                if (box[v].Width is not > 0m) continue;
                result += _slopes[v] * (box[v] - Interval.Point(Centre(box[v])));
            }
            return result;
        }
    }
}
