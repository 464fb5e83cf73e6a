using System.Globalization;

namespace OutsourcingChecks.Expressions;

/// <summary>
/// Parses the expression language of rules: numbers, ids, + - * /, parentheses, function calls,
/// and (for whole equations) one relation. A hand-written recursive-descent parser: no code is
/// executed, no reflection, and the input length bounds the work. A chain of + and - becomes one
/// <see cref="Sum"/>; an expression deeper than <see cref="ExprLimits.MaxDepth"/>, or nested
/// (parentheses, calls, signs) more than that many levels, is refused, so its recursion is bounded too.
/// </summary>
public sealed class ExprParser
{
    public static readonly IReadOnlySet<string> Functions = new HashSet<string>(StringComparer.Ordinal)
    {
        "prev", "pow", "root", "sum",
    };

    private readonly string _text;
    private int _pos;
    private int _depth;

    private ExprParser(string text) => _text = text;

    /// <summary>Parses an expression; on failure returns null and says why.</summary>
    public static Expr? TryParse(string text, out string? error)
    {
        try
        {
            var p = new ExprParser(text);
            var e = p.ParseSum();
            p.SkipSpace();
            if (p._pos < text.Length) throw p.Error($"unexpected '{text[p._pos]}'");
            error = null;
            return e;
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    /// <summary>Parses "left REL right" (REL one of = &lt; &lt;= &gt; &gt;=).</summary>
    public static (Expr Left, Relation Relation, Expr Right)? TryParseEquation(string text, out string? error)
    {
        try
        {
            var p = new ExprParser(text);
            var left = p.ParseSum();
            p.SkipSpace();
            var rel = p.ParseRelation() ?? throw p.Error("expected a relation (=, <, <=, >, >=)");
            var right = p.ParseSum();
            p.SkipSpace();
            if (p._pos < text.Length) throw p.Error($"unexpected '{text[p._pos]}'");
            error = null;
            return (left, rel, right);
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private Relation? ParseRelation()
    {
        foreach (var symbol in new[] { "<=", ">=", "==", "=", "<", ">" })
        {
            if (string.CompareOrdinal(_text, _pos, symbol, 0, symbol.Length) == 0)
            {
                _pos += symbol.Length;
                return Relations.Parse(symbol);
            }
        }
        return null;
    }

    private Expr ParseSum()
    {
        var first = ParseProduct();
        List<Addend>? addends = null;
        while (true)
        {
            SkipSpace();
            if (Peek() is '+' or '-')
            {
                var op = _text[_pos++];
                (addends ??= [new Addend(false, first)]).Add(new Addend(op == '-', ParseProduct()));
            }
            else return addends is null ? first : Bounded(new Sum(addends.ToArray()));
        }
    }

    private Expr ParseProduct()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpace();
            if (Peek() is '*' or '/')
            {
                var op = _text[_pos++];
                left = Bounded(new Binary(op, left, ParseUnary()));
            }
            else return left;
        }
    }

    private Expr ParseUnary()
    {
        SkipSpace();
        if (Peek() == '-')
        {
            _pos++;
            return Nested(() => Bounded(new Neg(ParseUnary())));
        }
        return ParsePrimary();
    }

    private Expr ParsePrimary()
    {
        SkipSpace();
        var c = Peek();
        if (c == '(')
        {
            _pos++;
            var inner = Nested(ParseSum);
            Expect(')');
            return inner;
        }
        if (char.IsAsciiDigit(c)) return ParseNumber();
        if (char.IsAsciiLetter(c) || c == '_') return ParseNameOrCall();
        throw Error(c == '\0' ? "unexpected end of expression" : $"unexpected '{c}'");
    }

    private Expr ParseNumber()
    {
        var start = _pos;
        while (char.IsAsciiDigit(Peek())) _pos++;
        if (Peek() == '.' && char.IsAsciiDigit(PeekAt(1)))
        {
            _pos++;
            while (char.IsAsciiDigit(Peek())) _pos++;
        }
        var text = _text[start.._pos];
        if (text.Count(char.IsAsciiDigit) > 28) throw Error($"the number {text} has too many digits");
        return new Number(decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
    }

    private Expr ParseNameOrCall()
    {
        var start = _pos;
        while (char.IsAsciiLetterOrDigit(Peek()) || Peek() is '_' or '.') _pos++;
        var name = _text[start.._pos].TrimEnd('.');
        _pos = start + name.Length;
        SkipSpace();
        if (Peek() != '(') return new Ref(name);
        if (!Functions.Contains(name)) throw Error($"unknown function '{name}' (known: {string.Join(", ", Functions)})");
        _pos++;
        var args = new List<Expr>();
        SkipSpace();
        if (Peek() != ')')
        {
            do { args.Add(Nested(ParseSum)); SkipSpace(); } while (TryConsume(','));
        }
        Expect(')');
        return Bounded(new Call(name, args));
    }

    private T Nested<T>(Func<T> parse)
    {
        if (++_depth > ExprLimits.MaxDepth) throw Error($"the expression nests deeper than {ExprLimits.MaxDepth} levels");
        try { return parse(); } finally { _depth--; }
    }

    /// <summary>The node, unless it makes the expression deeper than <see cref="ExprLimits.MaxDepth"/> (a long chain of products).</summary>
    private Expr Bounded(Expr e) =>
        e.Depth <= ExprLimits.MaxDepth ? e
            : throw Error($"the expression is deeper than {ExprLimits.MaxDepth} levels (each nested bracket, call, sign or chained product or quotient is a level)");

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (Peek() != c) return false;
        _pos++;
        return true;
    }

    private void Expect(char c)
    {
        if (!TryConsume(c)) throw Error($"expected '{c}'");
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char PeekAt(int offset) => _pos + offset < _text.Length ? _text[_pos + offset] : '\0';

    private FormatException Error(string message) => new($"{message} at column {_pos + 1}");
}
