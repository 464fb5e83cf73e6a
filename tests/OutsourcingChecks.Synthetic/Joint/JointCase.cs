using System.Globalization;
using System.Numerics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Synthetic.Joint;

/// <summary>A figure of a joint case: its value as written (a decimal with its decimals) and the true value it was written from.</summary>
public sealed record WrittenFigure(string Id, string Unit, int Decimals, decimal Written, Rational True)
{
    public string Text => Written.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The true values the written figure stands for: half a unit of its last digit either side, closed.</summary>
    public RationalInterval Stands
    {
        get
        {
            var half = new Rational(1, 2 * BigInteger.Pow(10, Decimals));
            var w = Rational.Of(Written);
            return new RationalInterval(w - half, w + half);
        }
    }

    public override string ToString() => $"{Id} = {Text} {Unit}";
}

/// <summary>
/// A generated report of one family: every figure as written. <see cref="Injected"/> names the
/// figure moved off its rounded true value, if any.
/// </summary>
public sealed record JointCase(JointFamily Family, IReadOnlyList<WrittenFigure> Figures, string? Injected, int Seed)
{
    /// <summary>True values drawn for the atoms, every other figure computed exactly, all written rounded half away from zero.</summary>
    public static JointCase Draw(JointFamily family, int seed)
    {
        var random = new Random(seed);
        var atoms = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var figures = new List<WrittenFigure>();
        foreach (var a in family.Atoms)
        {
            var value = Math.Round(a.Draw(random, id => atoms[id]), 6);
            atoms[a.Id] = value;
            figures.Add(Write(a.Id, a.Unit, a.Decimals, Rational.Of(value)));
        }
        RationalInterval Value(string id) => RationalInterval.Point(Rational.Of(atoms[id]));
        foreach (var d in family.Dependents)
            figures.Add(Write(d.Id, d.Unit, d.Decimals, d.Value(Value).Lo));
        return new JointCase(family, figures, null, seed);
    }

    /// <summary>The same case with one figure written <paramref name="digits"/> units of its last digit away.</summary>
    public JointCase Moved(string id, int digits) =>
        this with
        {
            Figures = Figures.Select(f => f.Id == id ? f with { Written = f.Written + digits * StatedValue.Pow10(-f.Decimals) } : f).ToList(),
            Injected = $"{id} {(digits > 0 ? "+" : "")}{digits}",
        };

    private static WrittenFigure Write(string id, string unit, int decimals, Rational exact) =>
        new(id, unit, decimals, RoundHalfAway(exact, decimals), exact);

    /// <summary>The rational rounded half away from zero to the decimals, as a report writes it.</summary>
    public static decimal RoundHalfAway(Rational x, int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = BigInteger.Abs(x.Numerator) * scale * 2 + x.Denominator;
        var units = scaled / (2 * x.Denominator);
        var value = (decimal)units / (decimal)scale;
        return x.Sign < 0 ? -value : value;
    }

    /// <summary>The case as the loader would have read it: a fact per figure (a line each in the text), the family's rules and derived quantities.</summary>
    public Report Build()
    {
        const string file = "joint.yaml";
        var source = SourceText.FromText("joint.txt", string.Join("\n", Figures.Select(f => $"{f.Text} {f.Unit}")) + "\n");
        var noDims = new Dictionary<string, string>();
        var facts = Figures.Select((f, i) => new Fact(f.Id,
            StatedValue.TryParse(f.Text, out var why) ?? throw new InvalidOperationException(why),
            Units.Find(f.Unit) ?? throw new InvalidOperationException($"unknown unit {f.Unit}"),
            null, null, noDims, [], i + 1, $"{f.Text} {f.Unit}", new Location(file, 1 + i, 1), null)).ToList();
        var rules = Family.Rules.Select((r, i) => new Rule(r.Id, r.Kind,
            r.Fields.ToDictionary(x => x.Field, x => new RuleField(x.Items.Select(t => new RuleText(t, Location.None)).ToList(), x.Items.Length > 1 || x.Field is "parts" or "facts"), StringComparer.Ordinal),
            [], null, new Location("rules.yaml", 1 + i, 1))).ToList();
        var derived = Family.Derived.Select(d => new Derived(d.Id, ExprParser.TryParse(d.Expression, out _)!, d.Expression, null, noDims, null, null, new Location("rules.yaml", 100, 1))).ToList();
        return new Report(source, facts, derived, rules, [], [], []);
    }

    public override string ToString() =>
        $"{Family.Name} (seed {Seed}{(Injected is null ? "" : ", moved " + Injected)}): {string.Join(", ", Figures)}";
}
