using System.Globalization;
using System.Text;
using OutsourcingChecks.Audit;

namespace OutsourcingChecks.Reporting;

/// <summary>The protection audit for a terminal: per chapter the share of facts protected per slip kind, then the unprotected facts.</summary>
public static class AuditText
{
    public static string Render(IReadOnlyList<AuditResult> results)
    {
        var sb = new StringBuilder();
        foreach (var r in results)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Report text: {r.SourcePath}");
            sb.AppendLine("digit, swap, scale: share of facts whose every slip of that kind makes a check fail (digit: a digit one off;");
            sb.AppendLine("swap: two adjacent digits swapped; scale: the point one place off); caught: share of all slips some check catches");
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"{"chapter",-8} {"facts",6} {"digit",8} {"swap",8} {"scale",8} {"caught",8} {"alone",6} {"unprotected",12}  heading");
            foreach (var c in r.Chapters)
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"{c.Chapter.Key,-8} {c.Facts.Count,6} {Shares(c.Share)} {CoverageText.Percent(c.SlipsCaught),8} {c.Facts.Count(f => f.Checks.Count == 0),6} {c.Facts.Count(f => f.IsUnprotected),12}  {c.Chapter.Heading}");
            var all = r.Facts.ToList();
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"{"total",-8} {all.Count,6} {Shares(r.Share)} {CoverageText.Percent(r.SlipsCaught),8} {all.Count(f => f.Checks.Count == 0),6} {all.Count(f => f.IsUnprotected),12}");
            sb.AppendLine();
            foreach (var c in r.Chapters.Where(c => c.Facts.Any(f => f.IsUnprotected)))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"UNPROTECTED in {c.Chapter.Key} {c.Chapter.Heading} ({c.Facts.Count(f => f.IsUnprotected)})");
                foreach (var f in c.Facts.Where(f => f.IsUnprotected).OrderBy(f => f.Fact.SourceLine))
                    sb.AppendLine(CultureInfo.InvariantCulture, $"  line {f.Fact.SourceLine,5}: {f.Fact.Id} = {f.Fact.Value.Written} {f.Fact.Unit.Symbol}  {Why(f)}");
                sb.AppendLine();
            }
        }
        return sb.ToString();
    }

    private static string Shares(Func<MutationKind, decimal> share) =>
        string.Join(" ", Slips.Kinds.Select(k => CoverageText.Percent(share(k)).PadLeft(8)));

    /// <summary>"no check", or the kinds it is unprotected against with a slip that passes each.</summary>
    public static string Why(FactProtection f)
    {
        if (f.Checks.Count == 0) return "stands alone: no check involves it";
        var kinds = Slips.Kinds.Where(k => f.Against(k) == Protection.Unprotected)
            .Select(k => $"{Slips.Name(k)} (e.g. {f.Slips.First(s => s.Slip.Kind == k && !s.Caught).Slip.Written} passes)");
        return $"{string.Join(", ", kinds)}; checks: {string.Join(", ", f.Checks)}";
    }
}
