using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Expressions;

/// <summary>Evaluates an expression on intervals, checking dimensions as it goes.</summary>
public static class Evaluator
{
    public static Quantity Evaluate(Expr expr, IQuantityScope scope)
    {
        try
        {
            return Eval(expr, scope);
        }
        catch (OverflowException)
        {
            throw new EvaluationException(EvaluationProblem.Overflow, $"{expr} overflows");
        }
    }

    private static Quantity Eval(Expr expr, IQuantityScope scope) => expr switch
    {
        Number n => Quantity.Pure(n.Value),
        Ref r => scope.Lookup(r.Id) ?? throw new EvaluationException(EvaluationProblem.UnknownReference, r.Id),
        Neg n => Negate(Eval(n.Operand, scope)),
        Binary b => Apply(b, Eval(b.Left, scope), Eval(b.Right, scope)),
        Call c => Invoke(c, c.Arguments.Select(a => Eval(a, scope)).ToList()),
        _ => throw new InvalidOperationException($"unknown expression {expr.GetType().Name}"),
    };

    private static Quantity Negate(Quantity q) => q with { Value = -q.Value };

    private static Quantity Apply(Binary b, Quantity l, Quantity r)
    {
        switch (b.Operator)
        {
            case '+':
            case '-':
                if (!l.Dimension.Equals(r.Dimension))
                    throw new EvaluationException(EvaluationProblem.UnitMismatch,
                        $"cannot {(b.Operator == '+' ? "add" : "subtract")} {r.Dimension} {(b.Operator == '+' ? "to" : "from")} {l.Dimension} in {b}"
                        + UnitMismatch.Hint(l.Dimension, r.Dimension));
                return new Quantity(b.Operator == '+' ? l.Value + r.Value : l.Value - r.Value, l.Dimension);
            case '*':
                return new Quantity(l.Value * r.Value, l.Dimension.Times(r.Dimension));
            case '/':
                if (r.Value.ContainsZero)
                    throw new EvaluationException(EvaluationProblem.ZeroDenominator, b.Right.ToString());
                return new Quantity(l.Value / r.Value, l.Dimension.Over(r.Dimension));
            default:
                throw new InvalidOperationException($"unknown operator {b.Operator}");
        }
    }

    private static Quantity Invoke(Call c, IReadOnlyList<Quantity> args)
    {
        void Arity(int n)
        {
            if (args.Count != n)
                throw new EvaluationException(EvaluationProblem.Domain, $"{c.Function} takes {n} arguments, {args.Count} given in {c}");
        }
        switch (c.Function)
        {
            case "prev":
            {
                Arity(2);
                if (!args[1].Dimension.IsNone)
                    throw new EvaluationException(EvaluationProblem.UnitMismatch, $"the growth in {c} must be a ratio, not {args[1].Dimension}");
                var denominator = args[1].Value + Interval.Point(1m);
                if (denominator.ContainsZero)
                    throw new EvaluationException(EvaluationProblem.ZeroDenominator, $"1 + {c.Arguments[1]}");
                return new Quantity(args[0].Value / denominator, args[0].Dimension);
            }
            case "pow":
            case "root":
            {
                Arity(2);
                var n = WholeNumber(c, args[1]);
                var x = args[0].Value;
                if (x.Lo is null || x.Lo < 0)
                    throw new EvaluationException(EvaluationProblem.Domain, $"{c.Function} needs a non-negative base in {c}");
                return c.Function == "pow"
                    ? new Quantity(x.Pow(n), args[0].Dimension.Power(n))
                    : new Quantity(x.Root(n), args[0].Dimension.IsNone ? Dimension.None
                        : throw new EvaluationException(EvaluationProblem.UnitMismatch, $"root of a {args[0].Dimension} quantity in {c}"));
            }
            case "whole":
            {
                // A count written as a figure (五年: years) is the one whole number its interval holds.
                Arity(1);
                if (!args[0].Dimension.IsNone && !args[0].Dimension.Equals(Dimension.Of("year")))
                    throw new EvaluationException(EvaluationProblem.UnitMismatch, $"{c} counts whole years or a pure number, not {args[0].Dimension}");
                return Tape.Whole(args[0].Value) is { } n
                    ? Quantity.Pure(n)
                    : throw new EvaluationException(EvaluationProblem.Domain, $"{c.Arguments[0]} does not stand for one whole number");
            }
            case "sum":
            {
                if (args.Count == 0) return Quantity.Pure(0m);
                var total = args[0];
                for (var i = 1; i < args.Count; i++)
                    total = Apply(new Binary('+', c.Arguments[i - 1], c.Arguments[i]), total, args[i]);
                return total;
            }
            default:
                throw new EvaluationException(EvaluationProblem.Domain, $"unknown function {c.Function}");
        }
    }

    private static int WholeNumber(Call c, Quantity q)
    {
        if (q.Value.Lo is { } lo && q.Value.Hi == lo && lo == Math.Floor(lo) && lo is >= 1 and <= 100 && q.Dimension.IsNone)
            return (int)lo;
        throw new EvaluationException(EvaluationProblem.Domain, $"the exponent of {c} must be a whole number from 1 to 100");
    }
}
