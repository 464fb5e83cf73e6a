using System.Numerics;
using System.Text.RegularExpressions;

namespace OutsourcingChecks.Model;

/// <summary>
/// The units a report can write. A unit is an exact decimal scale times a dimension (base names with
/// integer exponents): a symbol of the built-in table (亿美元, %, 个百分点, 家 …) or one the report
/// declares in units.yaml (人次, 床位); a scale word before a currency, a counter, 人 or a declared
/// unit (百万美元 = 10^6 美元, 万人次 = 10^4 人次); or one such unit per another (元/人, 万元/间,
/// 美元/吨, 元/美元), whose dimension is the quotient of the two and whose scale is the quotient of
/// their scales when that is an exact decimal. Two quantities add only at equal dimensions; their
/// scales convert exactly (10000 万美元 is 1 亿美元). No unit converts one currency into another.
/// </summary>
public sealed partial class UnitRegistry
{
    /// <summary>The scale words a currency, a counter or a declared unit may follow, two-character words first.</summary>
    public static readonly IReadOnlyList<(string Word, decimal Scale)> ScaleWords =
    [
        ("万亿", 1e12m), ("千亿", 1e11m), ("百亿", 1e10m), ("十亿", 1e9m), ("千万", 1e7m), ("百万", 1e6m), ("十万", 1e5m),
        ("亿", 1e8m), ("万", 1e4m), ("千", 1e3m), ("百", 1e2m), ("十", 10m),
    ];

    /// <summary>The characters that write "per" between two units (元/人, 元／人).</summary>
    private static readonly char[] Per = ['/', '／'];

    private static readonly Dimension Usd = Dimension.Of("USD");
    private static readonly Dimension Cny = Dimension.Of("CNY");
    private static readonly Dimension Eur = Dimension.Of("EUR");
    private static readonly Dimension Count = Dimension.Of("count");
    private static readonly Dimension Person = Dimension.Of("person");
    private static readonly Dimension Year = Dimension.Of("year");

    /// <summary>The units of a Chinese statistical report, not specific to any one report.</summary>
    private static readonly Unit[] Table =
    [
        new("美元", Usd, 1m), new("万美元", Usd, 1e4m), new("亿美元", Usd, 1e8m), new("万亿美元", Usd, 1e12m),
        new("元", Cny, 1m), new("万元", Cny, 1e4m), new("亿元", Cny, 1e8m), new("万亿元", Cny, 1e12m),
        new("人民币", Cny, 1m), new("亿人民币", Cny, 1e8m), new("万亿人民币", Cny, 1e12m),
        new("%", Dimension.None, 0.01m), new("个百分点", Dimension.None, 0.01m),
        new("倍", Dimension.None, 1m), new("成", Dimension.None, 0.1m),
        new("家", Count, 1m), new("万家", Count, 1e4m), new("个", Count, 1m), new("万个", Count, 1e4m),
        new("项", Count, 1m), new("件", Count, 1m), new("所", Count, 1m), new("支", Count, 1m),
        new("条", Count, 1m), new("座", Count, 1m), new("省", Count, 1m), new("省份", Count, 1m), new("起", Count, 1m), new("国", Count, 1m), new("部门", Count, 1m), new("种", Count, 1m), new("位", Count, 1m),
        new("欧元", Eur, 1m), new("万欧元", Eur, 1e4m), new("亿欧元", Eur, 1e8m),
        new("人", Person, 1m), new("万人", Person, 1e4m),
        new("年", Year, 1m),
    ];

    /// <summary>The built-in units alone: what a report without units.yaml writes.</summary>
    public static UnitRegistry BuiltIn { get; } = new Builder("units.yaml beside the facts").Build();

    private readonly Dictionary<string, Unit> _exact;    // every symbol written whole
    private readonly Dictionary<string, Unit> _scalable; // the symbols a scale word may precede
    private readonly IReadOnlyList<string> _declared;    // declared symbols and aliases, in order
    private readonly IReadOnlyList<string> _unsure;      // symbols whose declaration has an error
    private readonly bool _allUnsure;                    // the declarations could not be read at all

    private UnitRegistry(Builder b)
    {
        _exact = new Dictionary<string, Unit>(b.Exact, StringComparer.Ordinal);
        _scalable = new Dictionary<string, Unit>(b.Scalable, StringComparer.Ordinal);
        _declared = b.Declared.ToArray();
        _unsure = b.UnsureSymbols.ToArray();
        _allUnsure = b.AllUnsure;
        DeclarationFile = b.DeclarationFile;
        Symbols = Table.Select(u => u.Symbol).Concat(_declared).ToArray();
    }

    /// <summary>Where the report declares its units (the hint of an unknown-unit error).</summary>
    public string DeclarationFile { get; }

    /// <summary>The symbols written whole: the built-in table, then the declared units and aliases.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The symbols the report declares (units and aliases), in the order declared.</summary>
    public IReadOnlyList<string> Declared => _declared;

    /// <summary>
    /// The forms a figure scanner reads after a number: every symbol written whole, and every symbol
    /// that takes a scale word after each of them (百万美元, 千家, 万人次 …). The per-unit forms (元/人)
    /// are not listed: a text writes the figure's numerator unit after it (人均花费 1513 元).
    /// </summary>
    public IReadOnlyList<string> ScannedForms =>
        _scannedForms ??= Symbols.Concat(_scalable.Keys.SelectMany(s => ScaleWords.Select(w => w.Word + s))).Distinct(StringComparer.Ordinal).ToArray();

    private IReadOnlyList<string>? _scannedForms;

    /// <summary>The unit a text names, or null when it names none.</summary>
    public Unit? Find(string text) => Find(text, _exact, _scalable);

    /// <summary>
    /// True when an unknown unit may be one whose declaration failed (or units.yaml was unreadable):
    /// its error is already reported, so a fact using it need not repeat it.
    /// </summary>
    public bool Excuses(string text) => _allUnsure || _unsure.Any(s => text.Contains(s, StringComparison.Ordinal));

    private static Unit? Find(string text, Dictionary<string, Unit> exact, Dictionary<string, Unit> scalable)
    {
        var t = text.Trim();
        if (exact.TryGetValue(t, out var unit)) return unit;
        var per = t.IndexOfAny(Per);
        if (per < 0) return Scaled(t, scalable);
        if (t.IndexOfAny(Per, per + 1) >= 0) return null;
        var above = Simple(t[..per].Trim(), exact, scalable);
        var below = Simple(t[(per + 1)..].Trim(), exact, scalable);
        // A ratio of alikes is written %, 倍 or 成, and a pure number has no "per".
        if (above is null || below is null || above.Dimension.IsNone || below.Dimension.IsNone) return null;
        var dimension = above.Dimension.Over(below.Dimension);
        if (dimension.IsNone || ExactQuotient(above.Scale, below.Scale) is not { } scale) return null;
        return new Unit(t, dimension, scale);
    }

    private static Unit? Simple(string t, Dictionary<string, Unit> exact, Dictionary<string, Unit> scalable) =>
        exact.TryGetValue(t, out var unit) ? unit : Scaled(t, scalable);

    private static Unit? Scaled(string t, Dictionary<string, Unit> scalable)
    {
        foreach (var (word, factor) in ScaleWords)
        {
            if (t.Length <= word.Length || !t.StartsWith(word, StringComparison.Ordinal)) continue;
            if (!scalable.TryGetValue(t[word.Length..], out var unit)) continue;
            return ExactProduct(factor, unit.Scale) is { } scale ? new Unit(t, unit.Dimension, scale) : null;
        }
        return null;
    }

    /// <summary>a × b when decimal holds it exactly, else null: a scale is never rounded.</summary>
    public static decimal? ExactProduct(decimal a, decimal b)
    {
        try
        {
            var p = a * b;
            return Rational(p) == Rational(a) * Rational(b) ? p : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>a / b when decimal holds it exactly (1/0.0015 = 666.66… it does not), else null.</summary>
    public static decimal? ExactQuotient(decimal a, decimal b)
    {
        try
        {
            var q = a / b;
            return Rational(q) * Rational(b) == Rational(a) ? q : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A decimal as an exact fraction of big integers, for checking that arithmetic did not round.</summary>
    private static Fraction Rational(decimal d)
    {
        var bits = decimal.GetBits(d);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (bits[3] < 0) mantissa = -mantissa;
        return new Fraction(mantissa, BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
    }

    /// <summary>n / d, compared by cross-multiplication (d > 0).</summary>
    private readonly record struct Fraction(BigInteger N, BigInteger D)
    {
        public static Fraction operator *(Fraction a, Fraction b) => new(a.N * b.N, a.D * b.D);

        public bool Equals(Fraction other) => N * other.D == other.N * D;

        public override int GetHashCode() => 0; // compared, never hashed
    }

    /// <summary>True for 10^k, k a whole number (positive or negative).</summary>
    private static bool IsPowerOfTen(decimal x)
    {
        if (x <= 0) return false;
        while (x >= 10m && x % 10m == 0m) x /= 10m;
        while (x < 1m) x *= 10m;
        return x == 1m;
    }

    /// <summary>A symbol a report may declare: no spaces, no "/" (that writes "per"), no digits.</summary>
    public static bool IsValidSymbol(string symbol) => SymbolPattern().IsMatch(symbol);

    [GeneratedRegex(@"^[^\s/／0-9０-９]+$")]
    private static partial Regex SymbolPattern();

    /// <summary>
    /// A dimension name a report may declare: a currency code (three capital letters, HKD) or a
    /// lowercase name with hyphens (person-times, beds, floor-area).
    /// </summary>
    public static bool IsValidDimensionName(string name) => DimensionPattern().IsMatch(name);

    [GeneratedRegex(@"^([A-Z]{3}|[a-z][a-z0-9]*(-[a-z0-9]+)*)$")]
    private static partial Regex DimensionPattern();

    /// <summary>Builds a registry: the built-in units, then each declaration of a report in order.</summary>
    public sealed class Builder
    {
        internal readonly Dictionary<string, Unit> Exact = new(StringComparer.Ordinal);
        internal readonly Dictionary<string, Unit> Scalable = new(StringComparer.Ordinal);
        internal readonly List<string> Declared = [];
        internal readonly List<string> UnsureSymbols = [];
        internal bool AllUnsure;
        internal readonly string DeclarationFile;

        public Builder(string declarationFile)
        {
            DeclarationFile = declarationFile;
            foreach (var u in Table)
            {
                Exact[u.Symbol] = u;
                // Only units at scale 1 with a dimension take a scale word (百万美元, 千人), not 万美元 or %, 年.
                if (u.Scale == 1m && !u.Dimension.IsNone && !u.Dimension.Equals(Year)) Scalable[u.Symbol] = u;
            }
        }

        /// <summary>The unit a text names among those known so far.</summary>
        public Unit? Find(string text) => UnitRegistry.Find(text, Exact, Scalable);

        /// <summary>
        /// Declares a symbol as a unit of the given dimension and scale (scale 1 for a new base).
        /// Returns null, or why it cannot be declared. Declaring a unit exactly as it is already known is allowed.
        /// </summary>
        public string? Declare(string symbol, Dimension dimension, decimal scale)
        {
            if (!IsValidSymbol(symbol)) return $"'{symbol}' cannot be a unit symbol: no spaces, no '/' (it writes 'per': 元/人 needs no declaration) and no digits";
            if (ScaleWords.Any(w => w.Word == symbol)) return $"'{symbol}' is a scale word (万人次 is 万 times 人次); it cannot be a unit of its own";
            if (ConversionProblem(dimension, scale) is { } problem) return problem;
            var unit = new Unit(symbol, dimension, scale);
            if (Find(symbol) is { } known)
            {
                if (known.Dimension.Equals(dimension) && known.Scale == scale) return null;
                return $"'{symbol}' is already a unit ({known.Definition}); it cannot also be {unit.Definition}";
            }
            Exact[symbol] = unit;
            Scalable[symbol] = unit;
            Declared.Add(symbol);
            return null;
        }

        /// <summary>Why no unit may have this dimension and scale (an exchange rate posing as a unit), or null.</summary>
        public static string? ConversionProblem(Dimension dimension, decimal scale) =>
            dimension.HasCurrency && !IsPowerOfTen(scale)
                ? $"{Show(scale)} is not a power of ten: currencies stay apart, so an exchange rate is a figure of the report, " +
                  "not a unit (state it as a fact, e.g. 7.05 元/美元, and multiply by it in a rule)"
                : null;

        /// <summary>Marks a symbol whose declaration has an error: facts using it report nothing more.</summary>
        public void Unsure(string symbol) => UnsureSymbols.Add(symbol);

        /// <summary>The declarations could not be read: any unknown unit may be one of them.</summary>
        public void UnsureOfAll() => AllUnsure = true;

        public UnitRegistry Build() => new(this);

        private static string Show(decimal d) => d.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture);
    }
}
