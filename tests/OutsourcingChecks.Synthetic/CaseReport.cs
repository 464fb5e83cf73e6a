using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Synthetic;

/// <summary>
/// Builds the report of a case in memory, as the loader would have read it: one fact per figure
/// (parsed from its written text, with its unit and a decline where written so), one rule.
/// </summary>
public static class CaseReport
{
    private const string File = "synthetic.yaml";
    private static readonly IReadOnlyDictionary<string, string> NoDims = new Dictionary<string, string>();

    public static Report Build(IdentityCase c)
    {
        var source = SourceText.FromText("synthetic.txt", string.Join("\n", c.Figures.Select(Quote)) + "\n");
        var facts = c.Figures.Select((f, i) => new Fact(
            f.Id,
            StatedValue.TryParse(f.Written, out var why) ?? throw new InvalidOperationException(why),
            Units.Find(f.Unit) ?? throw new InvalidOperationException($"unknown unit {f.Unit}"),
            null, null, NoDims,
            f.AsDecline ? [Qualifier.Decline] : [],
            i + 1, Quote(f), new Location(File, 2 + 6 * i, 5), null)).ToList();
        return new Report(source, facts, [], [Rule(c)], [], [], []);
    }

    private static string Quote(Figure f) => $"{f.Written} {f.Unit}";

    private static Rule Rule(IdentityCase c)
    {
        var fields = new Dictionary<string, RuleField>(StringComparer.Ordinal);
        void Set(string field, string text) => fields[field] = new RuleField([new RuleText(text, Location.None)], false);
        string kind;
        switch (c.Identity)
        {
            case Identity.Sum:
                kind = "sum";
                fields["parts"] = new RuleField(c.Others.Select(f => new RuleText(f.Id, Location.None)).ToList(), true);
                Set("total", "total");
                break;
            case Identity.Share:
                kind = "share";
                Set("part", "part"); Set("whole", "whole"); Set("share", "share");
                break;
            case Identity.Growth:
                kind = "growth";
                Set("current", "current"); Set("previous", "previous"); Set("growth", "growth");
                break;
            case Identity.Points:
                kind = "points";
                Set("now", "now"); Set("before", "before"); Set("points", "points");
                break;
            case Identity.Multiple:
            case Identity.Ratio:
                kind = "multiple";
                Set("current", "current"); Set("previous", "previous"); Set("multiple", "multiple");
                if (c.Identity == Identity.Ratio) Set("mode", "ratio");
                break;
            case Identity.Cagr:
                kind = "cagr";
                Set("start", "start"); Set("end", "end"); Set("rate", "rate");
                Set("years", c.Years.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case Identity.Quotient:
                kind = "quotient";
                Set("numerator", "numerator"); Set("denominator", "denominator"); Set("quotient", "quotient");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c.Identity, null);
        }
        return new Rule(IdentityCase.RuleId, kind, fields, [], null, new Location(File, 1, 5));
    }
}
