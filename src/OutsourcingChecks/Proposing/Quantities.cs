using OutsourcingChecks.Authoring;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Proposing;

/// <summary>
/// A quantity a rule can name: a fact, or a derived quantity (given or proposed), with its measure,
/// dims and period. The dims are normalised: a value <c>all</c> is the same as no value (the
/// national total's scope: all, category: all is the whole of every partition).
/// </summary>
/// <param name="Written">The dims as written (all kept), for a derived quantity proposed from this one.</param>
public sealed record Quantity(string Id, string Measure, IReadOnlyDictionary<string, string> Dims, string Period, int Line, bool IsFact, IReadOnlyDictionary<string, string>? Written = null)
{
    public string? Of => Dims.GetValueOrDefault("of");
    public string? Than => Dims.GetValueOrDefault("than");

    /// <summary>The dims without the whole a rate is of or compared with (of, than).</summary>
    public IReadOnlyDictionary<string, string> Own => Without("of", "than");

    public IReadOnlyDictionary<string, string> Without(params string[] keys) =>
        Dims.Where(d => !keys.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);

    /// <summary>The dims without the keys whose value is all (of and than keep theirs: of: all names the whole).</summary>
    public static IReadOnlyDictionary<string, string> Normalise(IEnumerable<KeyValuePair<string, string>> dims) =>
        dims.Where(d => d.Value != Vocabulary.All || d.Key is "of" or "than").ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);

    /// <summary>measure|k=v,…|period over normalised dims: quantities with one key are the same quantity.</summary>
    public static string Key(string measure, IReadOnlyDictionary<string, string> dims, string period) =>
        measure + "|" + string.Join(",", Normalise(dims).OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + "=" + d.Value)) + "|" + period;
}

/// <summary>The quantities of a report, found by measure, dims and period; of several that state one quantity, the one nearest a line.</summary>
public sealed class QuantityIndex
{
    private readonly Dictionary<string, List<Quantity>> _byKey = new(StringComparer.Ordinal);
    private readonly List<Quantity> _all = [];

    public IReadOnlyList<Quantity> All => _all;

    public void Add(Quantity q)
    {
        _all.Add(q);
        var key = Quantity.Key(q.Measure, q.Dims, q.Period);
        if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
        list.Add(q);
    }

    public Quantity? Find(string measure, IReadOnlyDictionary<string, string> dims, string period, int nearLine) =>
        _byKey.TryGetValue(Quantity.Key(measure, dims, period), out var list)
            ? list.OrderBy(q => Math.Abs(q.Line - nearLine)).ThenBy(q => q.IsFact ? 0 : 1).First()
            : null;

    public bool Has(string measure, IReadOnlyDictionary<string, string> dims, string period) =>
        _byKey.ContainsKey(Quantity.Key(measure, dims, period));

    public static QuantityIndex Of(Report report)
    {
        var index = new QuantityIndex();
        foreach (var f in report.Facts)
            if (f.Measure is { } m && f.Period is { } p) index.Add(new Quantity(f.Id, m, Quantity.Normalise(f.Dims), p, f.SourceLine, true, f.Dims));
        var lineOf = report.Facts.ToDictionary(f => f.Id, f => f.SourceLine, StringComparer.Ordinal);
        foreach (var d in report.Derived)
            if (d.Measure is { } m && d.Period is { } p)
            {
                var line = d.Expression.References().Select(r => lineOf.GetValueOrDefault(r)).FirstOrDefault(l => l > 0);
                index.Add(new Quantity(d.Id, m, Quantity.Normalise(d.Dims), p, line, false, d.Dims));
            }
        return index;
    }
}
