using System.Globalization;
using System.Text.RegularExpressions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>
/// Reads the units a report declares, from units.yaml at the top of its facts folder: each entry a
/// new base unit (<c>symbol</c> and <c>dimension</c>) or a conversion (<c>symbol</c> and
/// <c>equals: 1000 千克</c>), with optional <c>aliases</c>. The file is read like every other input
/// (<see cref="YamlFile"/>) and every problem is reported with its file:line:column.
/// </summary>
public static partial class UnitsReader
{
    public const string FileName = "units.yaml";
    public const string Section = "units";

    private static readonly string[] Fields = ["symbol", "dimension", "equals", "aliases", "note"];

    /// <summary>The file a facts folder declares its units in (it need not exist).</summary>
    public static string PathIn(string factsDirectory) => Path.Combine(factsDirectory, FileName);

    /// <summary>The built-in units and those declared in the folder's units.yaml, if it has one.</summary>
    public static UnitRegistry Read(string factsDirectory, DiagnosticBag bag)
    {
        var path = PathIn(factsDirectory);
        var display = ReportLoader.Display(path);
        var builder = new UnitRegistry.Builder(display);
        if (!File.Exists(path)) return builder.Build();
        var root = YamlFile.Read(path, display, bag);
        if (root is null)
        {
            builder.UnsureOfAll();
            return builder.Build();
        }
        foreach (var (keyNode, section) in root.Pairs)
        {
            var key = Nodes.Show(keyNode);
            if (key != Section)
            {
                bag.Add(Descriptors.UnknownSection, keyNode.In(display), key, Section);
                continue;
            }
            foreach (var item in Nodes.Items(display, section, Section, bag))
                Declare(display, item, builder, bag);
        }
        return builder.Build();
    }

    private static void Declare(string file, Node node, UnitRegistry.Builder builder, DiagnosticBag bag)
    {
        var e = Entry.Read(file, node, "a unit", Fields, bag);
        if (e is null) return;
        var before = bag.Items.Count;
        var symbol = e.Scalar("symbol", true)?.Trim();
        var label = symbol is null ? "unit (no symbol)" : $"unit '{symbol}'";
        var dimensionText = e.Scalar("dimension", false)?.Trim();
        var equalsText = e.Scalar("equals", false)?.Trim();
        var aliases = e.List("aliases", false) ?? [];
        e.Scalar("note", false); // free text, read for its checks (a control character is an error)

        Unit? unit = null;
        if (dimensionText is not null && equalsText is not null)
            bag.Add(Descriptors.BadField, e.LocationOf("equals"), label, "give either 'dimension' (a new base unit) or 'equals' (a conversion), not both");
        else if (dimensionText is not null)
        {
            if (UnitRegistry.IsValidDimensionName(dimensionText)) unit = new Unit(symbol ?? "", Dimension.Of(dimensionText), 1m);
            else bag.Add(Descriptors.BadField, e.LocationOf("dimension"), label,
                $"'{dimensionText}' is not a dimension name: a currency code of three capital letters (HKD) or a lowercase name (person-times, beds)");
        }
        else if (equalsText is not null)
        {
            unit = Conversion(equalsText, label, e, builder, bag);
            if (unit is not null && UnitRegistry.Builder.ConversionProblem(unit.Dimension, unit.Scale) is { } problem)
            {
                bag.Add(Descriptors.BadField, e.LocationOf("equals"), label, problem);
                unit = null;
            }
        }
        else if (symbol is not null)
            bag.Add(Descriptors.MissingField, e.Location, "unit", symbol, "dimension' or 'equals");

        if (symbol is not null && unit is not null && builder.Declare(symbol, unit.Dimension, unit.Scale) is { } why)
            bag.Add(Descriptors.BadField, e.LocationOf("symbol"), label, why);
        foreach (var (alias, at) in aliases)
        {
            var a = alias.Trim();
            if (symbol is null || unit is null) builder.Unsure(a);
            else if (builder.Declare(a, unit.Dimension, unit.Scale) is { } aliasWhy)
            {
                bag.Add(Descriptors.BadField, at, $"alias '{a}' of {label}", aliasWhy);
                builder.Unsure(a);
            }
        }
        if (bag.Items.Count > before && symbol is not null) builder.Unsure(symbol);
    }

    /// <summary>A conversion "N UNIT" (1000 千克, 0.01 元): N times a unit known so far.</summary>
    private static Unit? Conversion(string text, string label, Entry e, UnitRegistry.Builder builder, DiagnosticBag bag)
    {
        var at = e.LocationOf("equals");
        var m = ConversionPattern().Match(text);
        if (!m.Success)
        {
            bag.Add(Descriptors.BadField, at, label, $"'{text}' is not a conversion: write a number and a unit, e.g. 'equals: 1000 千克'");
            return null;
        }
        var factor = decimal.Parse(m.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        if (factor == 0m)
        {
            bag.Add(Descriptors.BadField, at, label, "a unit cannot equal zero of another");
            return null;
        }
        var unitText = m.Groups[2].Value.Trim();
        if (builder.Find(unitText) is not { } of)
        {
            bag.Add(Descriptors.UnknownUnit, at, label, unitText, string.Join(" ", builder.Build().Symbols),
                "units.yaml, above the unit that uses it");
            return null;
        }
        if (UnitRegistry.ExactProduct(factor, of.Scale) is not { } scale)
        {
            bag.Add(Descriptors.BadField, at, label, $"{text} is beyond the exact range of decimal numbers");
            return null;
        }
        return new Unit(unitText, of.Dimension, scale);
    }

    // At most 28 digits: a decimal holds the factor exactly.
    [GeneratedRegex(@"^([0-9]{1,14}(?:\.[0-9]{1,14})?)\s*(\S.*)$")]
    private static partial Regex ConversionPattern();
}
