using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace OutsourcingChecks.Loading;

/// <summary>
/// YamlDotNet's scanner with a limit on how deep collections nest: the tokens pass through unchanged
/// until a collection opens deeper than <see cref="MaxNesting"/>, where it stops with
/// <see cref="TooDeep"/>. YamlDotNet's scanner and parser take time quadratic in the depth (200 KB of
/// '[' took over a minute), and an input file of ours nests five or six levels; stopping at the limit
/// keeps the work linear in the text, and every tree built from it shallow.
/// </summary>
public sealed class NestingGuard(IScanner inner) : IScanner
{
    /// <summary>The deepest collections may nest (block and flow together; the document's root mapping is 1).</summary>
    public const int MaxNesting = 64;

    /// <summary>Raised at the collection that opens one level too deep.</summary>
    public sealed class TooDeep(Mark mark) : Exception($"collections nest deeper than {MaxNesting} levels")
    {
        public Mark Mark { get; } = mark;
    }

    private int _depth;
    private Token? _counted;

    /// <summary>A parser reading the text through the guard.</summary>
    public static Parser Parser(string text) => new(new NestingGuard(new Scanner(new StringReader(text))));

    public Mark CurrentPosition => inner.CurrentPosition;

    public Token? Current => inner.Current;

    public bool MoveNext() => Counted(inner.MoveNext());

    public bool MoveNextWithoutConsuming() => Counted(inner.MoveNextWithoutConsuming());

    public void ConsumeCurrent() => inner.ConsumeCurrent();

    /// <summary>Counts the current token once (the parser may look at a token before it consumes it).</summary>
    private bool Counted(bool moved)
    {
        if (!moved || inner.Current is not { } token || ReferenceEquals(token, _counted)) return moved;
        _counted = token;
        switch (token)
        {
            case BlockSequenceStart or BlockMappingStart or FlowSequenceStart or FlowMappingStart:
                if (++_depth > MaxNesting) throw new TooDeep(token.Start);
                break;
            case BlockEnd or FlowSequenceEnd or FlowMappingEnd:
                _depth = Math.Max(0, _depth - 1);
                break;
        }
        return moved;
    }
}
