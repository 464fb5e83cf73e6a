using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OutsourcingChecks.Loading;

/// <summary>
/// Builds <see cref="Node"/>s from YamlDotNet's parser events, one event at a time and without
/// recursion: the events are consumed in the order YamlDotNet's own representation model consumes
/// them, so a syntax error surfaces at the same place, and a duplicate key is refused the same way
/// (a <see cref="YamlException"/> "Duplicate key K" at the second key, once its value is read).
/// </summary>
public static class NodeBuilder
{
    /// <summary>Mappings up to this size look for a duplicate key by a scan; larger ones by a set.</summary>
    private const int ScanLimit = 8;

    /// <summary>Raised at the first anchor or alias, before anything refers to it.</summary>
    public sealed class AliasFound(Mark mark) : Exception("YAML anchors and aliases are not allowed")
    {
        public Mark Mark { get; } = mark;
    }

    /// <summary>Raised where a second document starts: a file holds one, and what follows would be ignored.</summary>
    public sealed class SecondDocumentFound(Mark mark) : Exception("a second YAML document")
    {
        public Mark Mark { get; } = mark;
    }

    /// <summary>
    /// Reads the stream's one document and returns its root (null when the stream has no document).
    /// Throws <see cref="YamlException"/> on malformed YAML or a duplicate key, <see cref="AliasFound"/>
    /// at an anchor or alias, <see cref="SecondDocumentFound"/> where a second document starts.
    /// </summary>
    public static Node? FirstDocument(IParser parser)
    {
        Node? first = null;
        var documents = 0;
        var open = new Stack<Frame>();
        var shared = new SharedTexts();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            if (e is AnchorAlias || e is NodeEvent { Anchor.IsEmpty: false }) throw new AliasFound(e.Start);
            Node done;
            switch (e)
            {
                case Scalar s:
                    done = new ScalarNode(shared.Of(s.Value), Line(e.Start), Column(e.Start));
                    if (open.Count > 0 && open.Peek().ExpectsKey) open.Peek().KeyWritten(s, e);
                    break;
                case MappingStart:
                    if (open.Count > 0 && open.Peek().ExpectsKey) open.Peek().KeyWritten(null, e);
                    open.Push(new Frame(mapping: true, Line(e.Start), Column(e.Start)));
                    continue;
                case SequenceStart:
                    if (open.Count > 0 && open.Peek().ExpectsKey) open.Peek().KeyWritten(null, e);
                    open.Push(new Frame(mapping: false, Line(e.Start), Column(e.Start)));
                    continue;
                case MappingEnd or SequenceEnd:
                    done = open.Pop().Build();
                    break;
                case DocumentStart when documents > 0:
                    throw new SecondDocumentFound(e.Start);
                default:
                    continue; // stream and document boundaries
            }
            if (open.Count > 0) open.Peek().Add(done);
            else if (documents++ == 0) first = done;
        }
        return first;
    }

    private static int Line(Mark m) => (int)Math.Clamp(m.Line, 1, int.MaxValue);

    private static int Column(Mark m) => (int)Math.Clamp(m.Column, 1, int.MaxValue);

    /// <summary>A mapping or list being read.</summary>
    private sealed class Frame(bool mapping, int line, int column)
    {
        private readonly List<Node>? _items = mapping ? null : [];
        private readonly List<KeyValuePair<Node, Node>>? _pairs = mapping ? [] : null;
        private readonly List<(string? Tag, string Text)?>? _keys = mapping ? [] : null;
        private HashSet<(string? Tag, string Text)>? _seen;
        private Node? _key;
        private (string? Tag, string Text)? _keyText;
        private Mark _keyStart = Mark.Empty, _keyEnd = Mark.Empty;

        public bool ExpectsKey => mapping && _key is null;

        /// <summary>Notes the key's text (scalar keys only) and marks before its node is complete.</summary>
        public void KeyWritten(Scalar? scalar, ParsingEvent e)
        {
            _keyText = scalar is null ? null : (scalar.Tag.IsEmpty ? null : scalar.Tag.Value, scalar.Value);
            _keyStart = e.Start;
            _keyEnd = e.End;
        }

        public void Add(Node node)
        {
            if (!mapping) { _items!.Add(node); return; }
            if (_key is null) { _key = node; return; }
            if (_keyText is { } text && Seen(text))
                throw new YamlException(_keyStart, _keyEnd, $"Duplicate key {text.Text}");
            _pairs!.Add(new KeyValuePair<Node, Node>(_key, node));
            _keys!.Add(_keyText);
            if (_keyText is { } added) _seen?.Add(added);
            _key = null;
            _keyText = null;
        }

        private bool Seen((string? Tag, string Text) key)
        {
            if (_seen is null && _keys!.Count > ScanLimit)
            {
                _seen = [];
                foreach (var k in _keys) if (k is { } one) _seen.Add(one);
            }
            if (_seen is not null) return _seen.Contains(key);
            foreach (var k in _keys!)
                if (k is { } one && one.Tag == key.Tag && one.Text == key.Text) return true;
            return false;
        }

        public Node Build() => mapping ? new MapNode(_pairs!, line, column) : new ListNode(_items!, line, column);
    }
}
