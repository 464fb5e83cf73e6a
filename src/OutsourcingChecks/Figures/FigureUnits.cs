using OutsourcingChecks.Model;

namespace OutsourcingChecks.Figures;

/// <summary>
/// The unit symbols the figure scanner reads after a number, made from a report's unit registry
/// (<see cref="UnitRegistry.ScannedForms"/>: the built-in units, those the report declares in its
/// units.yaml, their scaled forms) and the bare scales (万亿, 亿, 万), indexed by first character.
/// One instance per registry, so a declared unit is a figure's unit everywhere the scanner runs
/// (coverage, stub, diff, drafts).
/// </summary>
public sealed class FigureUnits
{
    /// <summary>Scales written alone after a number (5.2 万, 12 亿): the number is a figure even without a unit of measure.</summary>
    private static readonly string[] BareScales = ["万亿美元", "万亿", "亿", "万"];

    /// <summary>Read after a Chinese numeral only: 两位数 (double-digit).</summary>
    private const string Digits = "位数";

    /// <summary>The built-in units and the bare scales.</summary>
    public static FigureUnits Default { get; } = new(UnitRegistry.BuiltIn.ScannedForms);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UnitRegistry, FigureUnits> OfRegistry = new();

    /// <summary>The symbols of a registry (made once per registry).</summary>
    public static FigureUnits Of(UnitRegistry? units) =>
        units is null || ReferenceEquals(units, UnitRegistry.BuiltIn) ? Default : OfRegistry.GetValue(units, u => new FigureUnits(u.ScannedForms));

    private readonly string[] _symbols;
    private readonly Dictionary<char, string[]> _arabic;
    private readonly Dictionary<char, string[]> _chinese;

    public FigureUnits(IEnumerable<string> symbols)
    {
        _symbols = symbols.Concat(BareScales).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _arabic = ByFirstCharacter(_symbols);
        _chinese = ByFirstCharacter(_symbols.Append(Digits));
        Longest = _symbols.Append(Digits).Max(s => s.Length);
    }

    /// <summary>Every symbol read after an Arabic number, longest first.</summary>
    public IReadOnlyList<string> Symbols => _symbols.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();

    /// <summary>The length of the longest symbol.</summary>
    public int Longest { get; }

    /// <summary>The longest symbol the characters start with (after a Chinese numeral, 位数 too); null when none.</summary>
    public string? Match(ReadOnlySpan<char> ahead, bool afterChineseNumeral)
    {
        if (ahead.IsEmpty) return null;
        var table = afterChineseNumeral ? _chinese : _arabic;
        if (!table.TryGetValue(ahead[0], out var candidates)) return null;
        foreach (var symbol in candidates)
            if (ahead.StartsWith(symbol, StringComparison.Ordinal)) return symbol;
        return null;
    }

    private static Dictionary<char, string[]> ByFirstCharacter(IEnumerable<string> symbols) =>
        symbols.GroupBy(s => s[0]).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToArray());
}
