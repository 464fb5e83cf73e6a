namespace OutsourcingChecks.Loading;

/// <summary>
/// Reads the plain shape that fact and rule files almost always have (block mappings and lists,
/// one-line flow collections, one-line plain and quoted scalars, simple folded and literal notes,
/// comments) straight from the text into <see cref="Node"/>s, about four times faster than
/// YamlDotNet's parser with our node builder and with a fifth of their garbage. It gives up (returns
/// null) at the first thing outside that shape (a scalar continued on the next line, a block scalar
/// with blank or deeper lines, anchors, tags, a duplicate key, deep nesting, anything malformed),
/// and the file is then read by <see cref="NodeBuilder"/> from YamlDotNet's parser,
/// which also words every error. So this reader never decides what is valid YAML; it only takes
/// the files that are certainly valid, and gives the nodes YamlDotNet would give for them (lines,
/// columns and texts; the tests compare the two on the repository's files and on generated and
/// mutated documents).
/// </summary>
public sealed class QuickReader
{
    /// <summary>Plain keys longer than this are left to YamlDotNet (YAML caps implicit keys at 1024 characters).</summary>
    private const int MaxKeyLength = 512;

    /// <summary>Mappings with more keys than this are left to YamlDotNet (duplicates are looked for by a scan here).</summary>
    private const int MaxKeys = 32;

    /// <summary>Flow collections nested deeper than this are left to YamlDotNet, whose reader does not recurse.</summary>
    private const int MaxFlowDepth = 8;

    /// <summary>Block collections nested deeper than this are left to YamlDotNet too: this reader recurses, and the stack is finite.</summary>
    private const int MaxBlockDepth = 64;

    private readonly string _text;
    private readonly List<Line> _lines;
    private readonly SharedTexts _shared = new();
    private int _next; // the index in _lines of the next line to read
    private int _depth; // block collections open

    /// <summary>A line with content (not blank, not only a comment): where it starts in the text, its indentation and its end.</summary>
    private record struct Line(int Number, int Start, int Indent, int End);

    /// <summary>Raised to give up; caught in <see cref="TryRead"/>.</summary>
    private sealed class GiveUp : Exception;

    private static GiveUp Out => new();

    // Collections are gathered in scratch lists, reused, and kept as arrays of their exact size.
    private readonly Stack<List<KeyValuePair<Node, Node>>> _pairLists = new();
    private readonly Stack<List<Node>> _itemLists = new();

    private QuickReader(string text)
    {
        _text = text;
        _lines = new List<Line>(text.AsSpan().Count('\n') + 1);
    }

    private List<KeyValuePair<Node, Node>> NewPairs() => _pairLists.TryPop(out var list) ? list : [];

    private List<Node> NewItems() => _itemLists.TryPop(out var list) ? list : [];

    private KeyValuePair<Node, Node>[] Keep(List<KeyValuePair<Node, Node>> pairs)
    {
        var kept = pairs.ToArray();
        pairs.Clear();
        _pairLists.Push(pairs);
        return kept;
    }

    private Node[] Keep(List<Node> items)
    {
        var kept = items.ToArray();
        items.Clear();
        _itemLists.Push(items);
        return kept;
    }

    /// <summary>The root mapping of the text, or null when the text is outside the shape this reader takes.</summary>
    public static MapNode? TryRead(string text)
    {
        var reader = new QuickReader(text);
        try
        {
            if (!reader.SplitLines() || reader._lines.Count == 0 || reader._lines[0].Indent != 0) return null;
            var root = reader.Block(reader._lines[0].Indent);
            return reader._next == reader._lines.Count ? root as MapNode : null;
        }
        catch (GiveUp)
        {
            return null;
        }
    }

    /// <summary>Splits the text into content lines; false at a character or line this reader leaves to YamlDotNet.</summary>
    private bool SplitLines()
    {
        var t = _text;
        var number = 0;
        var start = 0;
        while (start < t.Length)
        {
            number++;
            var end = t.IndexOf('\n', start);
            if (end < 0) end = t.Length;
            var stop = end > start && t[end - 1] == '\r' ? end - 1 : end;
            for (var i = start; i < stop; i++)
                if (!Plain(t[i])) return false;
            var indent = 0;
            while (start + indent < stop && t[start + indent] == ' ') indent++;
            var first = start + indent;
            if (first < stop && t[first] != '#')
            {
                // Directives and document markers are YamlDotNet's to read.
                if (indent == 0 && (t[first] == '%' || Starts(first, stop, "---") || Starts(first, stop, "..."))) return false;
                _lines.Add(new Line(number, start, indent, stop));
            }
            start = end + 1;
        }
        return true;
    }

    /// <summary>Printable characters that YAML does not treat as line breaks or byte-order marks.</summary>
    private static bool Plain(char c) =>
        c is >= ' ' and <= '~' || (c >= '\u00A0' && c <= '\uD7FF' && c != '\u2028' && c != '\u2029') || (c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF');

    private bool Starts(int at, int stop, string s) => stop - at >= s.Length && string.CompareOrdinal(_text, at, s, 0, s.Length) == 0;

    /// <summary>The block node whose first line is the next line, indented by <paramref name="indent"/>.</summary>
    private Node Block(int indent)
    {
        var line = _lines[_next];
        return IsItem(line.Start + line.Indent, line.End) ? List(indent) : Mapping(indent, line.Start + line.Indent);
    }

    private bool IsItem(int at, int stop) => _text[at] == '-' && (at + 1 == stop || _text[at + 1] == ' ');

    /// <summary>A block list: lines at this indentation that start with "- ".</summary>
    private ListNode List(int indent)
    {
        if (++_depth > MaxBlockDepth) throw Out;
        var head = _lines[_next];
        var items = NewItems();
        while (_next < _lines.Count && _lines[_next].Indent == indent)
        {
            var line = _lines[_next];
            var dash = line.Start + indent;
            if (!IsItem(dash, line.End)) break;
            var at = SkipSpaces(dash + 1, line.End);
            if (at == line.End) throw Out; // an item on the next line, or an empty one
            if (KeyEnd(at, line.End) >= 0)
            {
                // "- key: value": a mapping that starts on the item's line, at the key's column.
                _lines[_next] = line with { Indent = at - line.Start };
                items.Add(Mapping(at - line.Start, at));
            }
            else
            {
                if (IsItem(at, line.End)) throw Out; // a list in a list
                items.Add(InlineToEnd(line, at, indent));
            }
        }
        _depth--;
        return new ListNode(Keep(items), head.Number, head.Indent + 1);
    }

    /// <summary>A block mapping: "key: value" lines at this indentation (the first from <paramref name="firstKey"/>).</summary>
    private MapNode Mapping(int indent, int firstKey)
    {
        if (++_depth > MaxBlockDepth) throw Out;
        var head = _lines[_next];
        var pairs = NewPairs();
        var at = firstKey;
        while (true)
        {
            var line = _lines[_next];
            var key = Key(line, at, pairs, out var keyEnd);
            var valueAt = SkipSpaces(keyEnd + 1, line.End);
            Node value;
            if (valueAt == line.End || _text[valueAt] == '#' && valueAt > keyEnd + 1)
            {
                // The value is a block on the lines below: deeper, or a list at the key's own indentation.
                _next++;
                if (_next == _lines.Count) throw Out; // an empty value
                var below = _lines[_next];
                if (below.Indent > indent) value = Block(below.Indent);
                else if (below.Indent == indent && IsItem(below.Start + below.Indent, below.End)) value = List(indent);
                else throw Out;
            }
            else
            {
                if (valueAt == keyEnd + 1) throw Out; // "key:value" is a plain scalar in YAML
                value = InlineToEnd(line, valueAt, indent);
            }
            pairs.Add(new KeyValuePair<Node, Node>(key, value));
            if (_next == _lines.Count || _lines[_next].Indent != indent) break;
            var next = _lines[_next];
            at = next.Start + indent;
            if (IsItem(at, next.End)) break;
        }
        _depth--;
        return new MapNode(Keep(pairs), head.Number, firstKey - head.Start + 1);
    }

    /// <summary>A value written on the rest of a line: nothing but a comment may follow, and the next line may not be deeper.</summary>
    private Node InlineToEnd(Line line, int at, int indent)
    {
        if (_text[at] is '>' or '|') return BlockScalar(line, at, indent);
        var (node, end) = Inline(line, at, depth: 0);
        var rest = SkipSpaces(end, line.End);
        if (rest < line.End && (_text[rest] != '#' || rest == end)) throw Out;
        _next++;
        if (_next < _lines.Count && _lines[_next].Indent > indent) throw Out; // a continued scalar, or malformed
        return node;
    }

    /// <summary>
    /// A folded (">", ">-") or literal ("|", "|-") scalar on the lines below its header, in the simple
    /// form notes and reasons take: every line at the same indentation, no blank or more-indented line
    /// inside, no trailing space. Folded lines are joined by a space, literal ones by a line break;
    /// "-" strips the final line break, which is otherwise kept once.
    /// </summary>
    private Node BlockScalar(Line line, int at, int indent)
    {
        var folded = _text[at] == '>';
        var strip = at + 1 < line.End && _text[at + 1] == '-';
        if (SkipSpaces(at + (strip ? 2 : 1), line.End) != line.End) throw Out; // an indentation or keep indicator, or a comment
        _next++;
        if (_next == _lines.Count || _lines[_next].Indent <= indent || _lines[_next].Number != line.Number + 1) throw Out;
        var blockIndent = _lines[_next].Indent;
        var sb = new System.Text.StringBuilder();
        var previous = line.Number;
        while (_next < _lines.Count && _lines[_next].Indent >= blockIndent)
        {
            var l = _lines[_next];
            // Lines the splitter skipped (blank, or starting with '#', which is text here) and deeper lines fold differently.
            if (l.Number != previous + 1 || l.Indent != blockIndent || _text[l.End - 1] == ' ') throw Out;
            if (sb.Length > 0) sb.Append(folded ? ' ' : '\n');
            sb.Append(_text, l.Start + blockIndent, l.End - l.Start - blockIndent);
            previous = l.Number;
            _next++;
        }
        var last = _lines[_next - 1];
        // Lines the splitter skipped after the block: empty ones are chomped, and a comment indented less than
        // the block ends it; any other (spaces only, or a '#' at the block's indentation) may still belong to it.
        var after = _next < _lines.Count ? _lines[_next].Start : _text.Length;
        for (var i = last.End; i < after; i++)
        {
            if (_text[i] is '\r' or '\n') continue;
            var spaces = 0;
            while (i + spaces < after && _text[i + spaces] == ' ') spaces++;
            if (spaces < blockIndent && i + spaces < after && _text[i + spaces] == '#') break;
            throw Out;
        }
        if (!strip && last.End < _text.Length) sb.Append('\n'); // kept once, if the text has it
        if (_next < _lines.Count && _lines[_next].Indent > indent) throw Out;
        return new ScalarNode(_shared.Of(sb.ToString()), line.Number, at - line.Start + 1);
    }

    /// <summary>
    /// A scalar or a one-line flow collection at <paramref name="at"/>, inside <paramref name="depth"/>
    /// flow collections; returns it and where it ends.
    /// </summary>
    private (Node Node, int End) Inline(Line line, int at, int depth)
    {
        var column = at - line.Start + 1;
        switch (_text[at])
        {
            case '"': return DoubleQuoted(line, at);
            case '\'': return SingleQuoted(line, at);
            case '{' when depth < MaxFlowDepth: return FlowMapping(line, at, depth + 1);
            case '[' when depth < MaxFlowDepth: return FlowList(line, at, depth + 1);
        }
        var end = PlainEnd(at, line.End, flow: depth > 0);
        return (new ScalarNode(_shared.Of(_text.AsSpan(at, end - at)), line.Number, column), end);
    }

    /// <summary>Where a plain scalar starting at <paramref name="at"/> ends (trailing spaces excluded).</summary>
    private int PlainEnd(int at, int stop, bool flow)
    {
        var c = _text[at];
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(c))
        {
            // Of the indicators, only a '-' directly followed by a digit, letter or point starts a plain scalar here.
            if (c != '-' || at + 1 >= stop || !(char.IsAsciiLetterOrDigit(_text[at + 1]) || _text[at + 1] == '.')) throw Out;
        }
        var end = at;
        for (var i = at; i < stop; i++)
        {
            c = _text[i];
            if (c == ' ')
            {
                if (i + 1 < stop && _text[i + 1] == '#') break; // a comment
                continue;
            }
            if (c == ':' && (i + 1 == stop || _text[i + 1] == ' ' || flow)) throw Out;
            if (flow)
            {
                if (c is ',' or ']' or '}') break;
                if (c is '[' or '{' or '#' or '"' or '\'') throw Out;
            }
            end = i + 1;
        }
        return end;
    }

    private (Node, int) DoubleQuoted(Line line, int at)
    {
        System.Text.StringBuilder? unescaped = null; // made at the first escape; until then the text is a span of the line
        for (var i = at + 1; i < line.End; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                var text = unescaped is null ? _shared.Of(_text.AsSpan(at + 1, i - at - 1)) : _shared.Of(unescaped.ToString());
                return (new ScalarNode(text, line.Number, at - line.Start + 1), i + 1);
            }
            if (c != '\\')
            {
                unescaped?.Append(c);
                continue;
            }
            unescaped ??= new System.Text.StringBuilder().Append(_text, at + 1, i - at - 1);
            if (++i == line.End) throw Out; // an escaped line break
            unescaped.Append(_text[i] switch
            {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'n' => '\n',
                't' => '\t',
                _ => throw Out, // rarer escapes are YamlDotNet's
            });
        }
        throw Out; // continued on the next line
    }

    private (Node, int) SingleQuoted(Line line, int at)
    {
        System.Text.StringBuilder? unescaped = null;
        for (var i = at + 1; i < line.End; i++)
        {
            var c = _text[i];
            if (c != '\'')
            {
                unescaped?.Append(c);
                continue;
            }
            if (i + 1 < line.End && _text[i + 1] == '\'')
            {
                (unescaped ??= new System.Text.StringBuilder().Append(_text, at + 1, i - at - 1)).Append('\'');
                i++;
                continue;
            }
            var text = unescaped is null ? _shared.Of(_text.AsSpan(at + 1, i - at - 1)) : _shared.Of(unescaped.ToString());
            return (new ScalarNode(text, line.Number, at - line.Start + 1), i + 1);
        }
        throw Out;
    }

    /// <summary>"{ key: value, … }" on one line, with plain keys.</summary>
    private (Node, int) FlowMapping(Line line, int at, int depth)
    {
        var pairs = NewPairs();
        var i = SkipSpaces(at + 1, line.End);
        if (i < line.End && _text[i] == '}') return (new MapNode(Keep(pairs), line.Number, at - line.Start + 1), i + 1);
        while (true)
        {
            var key = Key(line, i, pairs, out var keyEnd);
            var v = SkipSpaces(keyEnd + 1, line.End);
            if (v == keyEnd + 1 || v == line.End || _text[v] is ',' or '}') throw Out; // no space after ':', or an empty value
            var (value, end) = Inline(line, v, depth);
            pairs.Add(new KeyValuePair<Node, Node>(key, value));
            i = SkipSpaces(end, line.End);
            if (i == line.End) throw Out;
            if (_text[i] == '}') return (new MapNode(Keep(pairs), line.Number, at - line.Start + 1), i + 1);
            if (_text[i] != ',') throw Out;
            i = SkipSpaces(i + 1, line.End);
            if (i == line.End || _text[i] == '}') throw Out; // a trailing comma
        }
    }

    /// <summary>"[ value, … ]" on one line.</summary>
    private (Node, int) FlowList(Line line, int at, int depth)
    {
        var items = NewItems();
        var i = SkipSpaces(at + 1, line.End);
        if (i < line.End && _text[i] == ']') return (new ListNode(Keep(items), line.Number, at - line.Start + 1), i + 1);
        while (true)
        {
            if (i == line.End || _text[i] is ',' or ']') throw Out;
            var (item, end) = Inline(line, i, depth);
            items.Add(item);
            i = SkipSpaces(end, line.End);
            if (i == line.End) throw Out;
            if (_text[i] == ']') return (new ListNode(Keep(items), line.Number, at - line.Start + 1), i + 1);
            if (_text[i] != ',') throw Out;
            i = SkipSpaces(i + 1, line.End);
            if (i == line.End || _text[i] == ']') throw Out;
        }
    }

    /// <summary>
    /// The plain key at <paramref name="at"/> of a mapping that has <paramref name="pairs"/> so far;
    /// gives up at no key, a duplicate (YamlDotNet words it) or a mapping larger than entries have.
    /// </summary>
    private ScalarNode Key(Line line, int at, List<KeyValuePair<Node, Node>> pairs, out int keyEnd)
    {
        keyEnd = KeyEnd(at, line.End);
        if (keyEnd < 0 || pairs.Count >= MaxKeys) throw Out;
        var text = _text.AsSpan(at, keyEnd - at);
        foreach (var pair in pairs)
            if (text.SequenceEqual(((ScalarNode)pair.Key).Text)) throw Out;
        return new ScalarNode(_shared.Of(text), line.Number, at - line.Start + 1);
    }

    /// <summary>The end of a plain key at <paramref name="at"/> that ':' and a space (or the line's end) follow; -1 if there is none.</summary>
    private int KeyEnd(int at, int stop)
    {
        var i = at;
        while (i < stop && i - at <= MaxKeyLength && KeyCharacter(_text[i], i == at)) i++;
        if (i == at || i == stop || _text[i] != ':') return -1;
        return i + 1 == stop || _text[i + 1] == ' ' ? i : -1;
    }

    private static bool KeyCharacter(char c, bool first) =>
        char.IsAsciiLetterOrDigit(c) || c == '_' || (!first && c is '.' or '-');

    private int SkipSpaces(int at, int stop)
    {
        while (at < stop && _text[at] == ' ') at++;
        return at;
    }
}
