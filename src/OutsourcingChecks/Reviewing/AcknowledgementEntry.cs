using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reviewing;

/// <summary>
/// An acknowledgement to write: the finding id, the figures pinned as the report writes them now
/// (the value as written, without the sign a decline gives it: what the matcher compares), and the reason.
/// </summary>
public sealed record AcknowledgementEntry(string FindingId, IReadOnlyList<KeyValuePair<string, string>> Figures, string Reason)
{
    /// <summary>Pins every fact of the finding at its current written value.</summary>
    public static AcknowledgementEntry For(CheckRun run, Finding finding, string reason)
    {
        var facts = run.Report.Facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var figures = finding.Figures
            .Where(x => facts.ContainsKey(x.Id))
            .DistinctBy(x => x.Id)
            .Select(x => new KeyValuePair<string, string>(x.Id, facts[x.Id].Value.Written))
            .ToList();
        return new AcknowledgementEntry(finding.Id, figures, reason.Trim());
    }
}
