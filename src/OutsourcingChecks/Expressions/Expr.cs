using System.Globalization;

namespace OutsourcingChecks.Expressions;

/// <summary>An arithmetic expression over facts and derived quantities.</summary>
public abstract record Expr
{
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
}

public sealed record Number(decimal Value) : Expr
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record Ref(string Id) : Expr
{
    public override string ToString() => Id;
}

public sealed record Neg(Expr Operand) : Expr
{
    public override string ToString() => $"-{Operand}";
}

public sealed record Binary(char Operator, Expr Left, Expr Right) : Expr
{
    public override string ToString()
    {
        static string Wrap(Expr e, bool needed) => needed ? $"({e})" : e.ToString();
        var l = Wrap(Left, Left is Binary lb && Precedence(lb.Operator) < Precedence(Operator));
        var r = Wrap(Right, Right is Binary rb && Precedence(rb.Operator) <= Precedence(Operator));
        return $"{l} {Operator} {r}";
    }

    internal static int Precedence(char op) => op is '*' or '/' ? 2 : 1;
}

public sealed record Call(string Function, IReadOnlyList<Expr> Arguments) : Expr
{
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";

    public bool Equals(Call? other) =>
        other is not null && Function == other.Function && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Function, Arguments.Count);
}
