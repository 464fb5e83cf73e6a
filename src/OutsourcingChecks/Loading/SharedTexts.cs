namespace OutsourcingChecks.Loading;

/// <summary>
/// Keeps one instance of each short text of a file (measures, periods, units, dimension names and
/// values), so a million facts do not hold a million copies of "亿美元". Not thread-safe: one per file.
/// </summary>
public sealed class SharedTexts
{
    /// <summary>Texts up to this length are shared; longer ones (ids, quotes, notes) are rarely repeated.</summary>
    public const int MaxLength = 24;

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public SharedTexts() => _bySpan = _texts.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Of(string text)
    {
        if (text.Length > MaxLength) return text;
        if (_texts.TryGetValue(text, out var one)) return one;
        _texts[text] = text;
        return text;
    }

    /// <summary>The text of the span, without allocating when an equal short text was seen before.</summary>
    public string Of(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength) return text.ToString();
        if (_bySpan.TryGetValue(text, out var one)) return one;
        var made = text.ToString();
        _texts[made] = made;
        return made;
    }
}
