using System.Globalization;
using System.Text;

namespace OutsourcingChecks.Expressions;

/// <summary>
/// The limits every expression tree keeps, so that whatever walks one (the evaluator, the grader,
/// a later stage) may recurse on it without running out of stack.
/// </summary>
public static class ExprLimits
{
    /// <summary>
    /// The greatest <see cref="Expr.Depth"/> of any expression that reaches evaluation. The parser
    /// refuses a deeper expression (and more than this many nested parentheses, calls or signs), and
    /// the check compiler refuses a check whose sides, as a rule kind builds them, are deeper; both
    /// report it at the rule's file:line:column. A long sum is one <see cref="Sum"/> node, not a
    /// chain, so it costs one level whatever its length; a chain of products costs one per factor.
    /// References to derived quantities are not part of the tree (they are looked up, not inlined).
    /// </summary>
    public const int MaxDepth = 100;
}

/// <summary>An arithmetic expression over facts and derived quantities.</summary>
public abstract record Expr
{
    /// <summary>
    /// The number of nodes on the longest path from this node to a leaf (a number or a reference is
    /// 1). Computed once, when the node is made; at most <see cref="ExprLimits.MaxDepth"/> for every
    /// expression that reaches evaluation.
    /// </summary>
    public abstract int Depth { get; }

    /// <summary>Every fact or derived id the expression names, in order of appearance.</summary>
    /// <remarks>Collected into one list in a single walk: every check asks, and nested iterators cost more than the list.</remarks>
    public IReadOnlyList<string> References()
    {
        var ids = new List<string>();
        Collect(ids);
        return ids;
    }

    private void Collect(List<string> ids)
    {
        switch (this)
        {
            case Ref r:
                ids.Add(r.Id);
                break;
            case Neg n:
                n.Operand.Collect(ids);
                break;
            case Sum s:
                foreach (var a in s.Addends) a.Term.Collect(ids);
                break;
            case Binary b:
                b.Left.Collect(ids);
                b.Right.Collect(ids);
                break;
            case Call c:
                foreach (var a in c.Arguments) a.Collect(ids);
                break;
        }
    }

    public abstract override string ToString();

    /// <summary>Whether the expression must be bracketed as an operand of an operator of this precedence (on its right: <paramref name="right"/>).</summary>
    internal bool NeedsBrackets(int precedence, bool right) => this switch
    {
        Sum => right || precedence > Binary.SumPrecedence,
        Binary b => right ? Binary.Precedence(b.Operator) <= precedence : Binary.Precedence(b.Operator) < precedence,
        _ => false,
    };
}

public sealed record Number(decimal Value) : Expr
{
    public override int Depth => 1;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record Ref(string Id) : Expr
{
    public override int Depth => 1;

    public override string ToString() => Id;
}

public sealed record Neg(Expr Operand) : Expr
{
    public override int Depth { get; } = Operand.Depth + 1;

    public override string ToString() => Operand is Sum ? $"-({Operand})" : $"-{Operand}";
}

/// <summary>One term of a <see cref="Sum"/>: added, or subtracted.</summary>
public readonly record struct Addend(bool Subtracted, Expr Term);

/// <summary>
/// Terms added and subtracted from left to right (a + b - c + …), as one node whatever their
/// number: the parser makes every chain of + and - one, and a sum rule its parts, so that a sum of
/// 100,000 terms is as shallow as one of two.
/// </summary>
public sealed record Sum : Expr
{
    public Sum(IReadOnlyList<Addend> addends)
    {
        if (addends.Count == 0) throw new ArgumentException("a sum has at least one term", nameof(addends));
        Addends = addends;
        var deepest = 0;
        foreach (var a in addends) deepest = Math.Max(deepest, a.Term.Depth);
        Depth = deepest + 1;
    }

    /// <summary>The terms left to right (at least one).</summary>
    public IReadOnlyList<Addend> Addends { get; }

    public override int Depth { get; }

    /// <summary>The terms, each added.</summary>
    public static Sum Of(IEnumerable<Expr> terms) => new(terms.Select(t => new Addend(false, t)).ToArray());

    /// <summary>left - right.</summary>
    public static Sum Difference(Expr left, Expr right) => new([new Addend(false, left), new Addend(true, right)]);

    /// <summary>Written as the chain of binary operations it stands for: a + b - (c - d).</summary>
    public override string ToString() => Show(Addends.Count);

    /// <summary>The first <paramref name="count"/> terms, written as <see cref="ToString"/> writes them all.</summary>
    internal string Show(int count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var (subtracted, term) = Addends[i];
            if (i > 0) sb.Append(subtracted ? " - " : " + ");
            else if (subtracted) sb.Append('-');
            var bracket = i > 0 ? term.NeedsBrackets(Binary.SumPrecedence, right: true) : subtracted && term is Sum;
            sb.Append(bracket ? $"({term})" : term.ToString());
        }
        return sb.ToString();
    }

    public bool Equals(Sum? other) => other is not null && Addends.SequenceEqual(other.Addends);

    public override int GetHashCode() => HashCode.Combine(Addends.Count, Addends[0]);
}

/// <summary>A product or a quotient (sums are <see cref="Sum"/> nodes).</summary>
public sealed record Binary(char Operator, Expr Left, Expr Right) : Expr
{
    internal const int SumPrecedence = 1;

    public override int Depth { get; } = Math.Max(Left.Depth, Right.Depth) + 1;

    public override string ToString()
    {
        var p = Precedence(Operator);
        var l = Left.NeedsBrackets(p, right: false) ? $"({Left})" : Left.ToString();
        var r = Right.NeedsBrackets(p, right: true) ? $"({Right})" : Right.ToString();
        return $"{l} {Operator} {r}";
    }

    internal static int Precedence(char op) => op is '*' or '/' ? 2 : SumPrecedence;
}

public sealed record Call(string Function, IReadOnlyList<Expr> Arguments) : Expr
{
    public override int Depth { get; } = Arguments.Count == 0 ? 1 : Arguments.Max(a => a.Depth) + 1;

    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";

    public bool Equals(Call? other) =>
        other is not null && Function == other.Function && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Function, Arguments.Count);
}
