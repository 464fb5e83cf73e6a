using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>
/// Marks inconsistent findings an editor has reviewed as acknowledged, but only while every pinned
/// figure is still written as it was; lists the acknowledgements that match nothing as stale.
/// </summary>
public static class AcknowledgementMatcher
{
    public static (IReadOnlyList<Finding> Findings, IReadOnlyList<StaleAcknowledgement> Stale) Apply(IReadOnlyList<Finding> findings, Report report)
    {
        if (report.Acknowledgements.Count == 0) return (findings, []); // nothing reviewed: no need to index every fact's written value
        var written = report.Facts.ToDictionary(f => f.Id, f => f.Value.Written, StringComparer.Ordinal);
        var byFinding = report.Acknowledgements.GroupBy(a => a.FindingId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var used = new HashSet<Acknowledgement>();
        var stale = new List<StaleAcknowledgement>();
        var result = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            if (!byFinding.TryGetValue(f.Id, out var ack)) { result.Add(f); continue; }
            used.Add(ack);
            if (f.Status != FindingStatus.Inconsistent)
            {
                stale.Add(new StaleAcknowledgement(ack, f.Status == FindingStatus.Undecided ? "the finding cannot be decided now" : "the finding is now consistent"));
                result.Add(f);
                continue;
            }
            var changed = ack.Figures.Where(kv => written.GetValueOrDefault(kv.Key) != kv.Value).ToList();
            if (changed.Count > 0)
            {
                stale.Add(new StaleAcknowledgement(ack, "its figures changed: " + string.Join(", ",
                    changed.Select(kv => $"{kv.Key} was {kv.Value}, now {written.GetValueOrDefault(kv.Key) ?? "missing"}"))));
                result.Add(f);
                continue;
            }
            result.Add(f with { Status = FindingStatus.Acknowledged, AcknowledgementReason = ack.Reason });
        }
        foreach (var ack in report.Acknowledgements.Where(a => !used.Contains(a)))
            stale.Add(new StaleAcknowledgement(ack, "no finding has this id"));
        return (result, stale);
    }
}
