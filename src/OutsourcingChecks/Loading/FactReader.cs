using System.Text.RegularExpressions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>Reads the facts of a section and verifies each quote against the report text.</summary>
public static partial class FactReader
{
    private static readonly string[] Fields = ["id", "value", "unit", "period", "measure", "dims", "qualifiers", "line", "quote", "note"];

    public static Fact? Read(string file, Node node, SourceText source, DiagnosticBag bag, ISet<string>? named = null, UnitRegistry? units = null)
    {
        units ??= UnitRegistry.BuiltIn;
        var e = Entry.Read(file, node, "a fact", Fields, bag);
        if (e is null) return null;
        var id = e.Scalar("id", true);
        if (id is not null) named?.Add(id); // an invalid fact still names its id, so references to it are not reported twice
        var label = id ?? "(no id)";
        var before = bag.Items.Count;
        if (id is not null && !Ids.IsValid(id)) bag.Add(Descriptors.BadId, e.LocationOf("id"), id);
        var written = e.Scalar("value", true, label);
        var unitText = e.Scalar("unit", true, label);
        var lineText = e.Scalar("line", true, label);
        var quote = e.Scalar("quote", true, label);
        var period = e.Scalar("period", false);
        var measure = e.Scalar("measure", false);
        var note = e.Scalar("note", false);
        var dims = e.Map("dims") ?? SortedMap<string>.Empty;

        StatedValue? value = null;
        if (written is not null)
        {
            value = StatedValue.TryParse(written, out var why);
            if (value is null) bag.Add(Descriptors.BadValue, e.LocationOf("value"), label, why!);
        }
        Unit? unit = null;
        if (unitText is not null)
        {
            unit = units.Find(unitText);
            if (unit is null && !units.Excuses(unitText))
                bag.Add(Descriptors.UnknownUnit, e.LocationOf("unit"), $"fact '{label}'", unitText, string.Join(" ", units.Symbols), units.DeclarationFile);
        }
        List<Qualifier>? qualifiers = null; // most facts have none: they share the empty list
        foreach (var (text, at) in e.List("qualifiers", false) ?? [])
        {
            if (Qualifiers.Parse(text) is { } q) (qualifiers ??= []).Add(q);
            else bag.Add(Descriptors.UnknownQualifier, at, label, text, string.Join(", ", Qualifiers.All));
        }
        var line = 0;
        if (lineText is not null && (!int.TryParse(lineText, out line) || line < 1 || line > source.Lines.Count))
        {
            bag.Add(Descriptors.BadLine, e.LocationOf("line"), label, lineText, source.Lines.Count);
            line = 0;
        }
        if (quote is not null && line > 0) VerifyQuote(label, quote, line, e, source, bag);
        if (quote is not null && value is not null && !ContainsNumber(quote, value.Written))
            bag.Add(Descriptors.ValueNotInQuote, e.LocationOf("value"), label, value.Written, quote);

        if (bag.Items.Count > before || id is null || value is null || unit is null || quote is null) return null;
        return new Fact(id, value, unit, period, measure, dims, qualifiers ?? (IReadOnlyList<Qualifier>)[], line, quote, e.Location, note);
    }

    private static void VerifyQuote(string id, string quote, int line, Entry e, SourceText source, DiagnosticBag bag)
    {
        if (source.OccursNear(quote, line)) return;
        var at = e.LocationOf("quote");
        var elsewhere = source.Occurrences(quote).Select(o => o.First).Take(3).ToList();
        var hint = elsewhere.Count > 0 ? $" (it occurs at line {string.Join(", ", elsewhere)})" : "";
        bag.Add(Descriptors.QuoteNotFound, at, id, Nodes.Truncate(quote, 60), line, hint);
    }

    /// <summary>True when the quote holds the written value as a whole number, not inside a longer one.</summary>
    public static bool ContainsNumber(string quote, string written)
    {
        var digits = written.AsSpan().TrimStart('-');
        if (digits.IsEmpty || !char.IsAsciiDigit(digits[0])) return quote.AsSpan().Contains(digits, StringComparison.Ordinal);
        foreach (var m in NumberInText().EnumerateMatches(quote))
            if (quote.AsSpan(m.Index, m.Length).SequenceEqual(digits)) return true;
        return false;
    }

    [GeneratedRegex(@"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?![0-9])")]
    private static partial Regex NumberInText();
}

public static partial class Ids
{
    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex IdPattern();
}
