using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Joint;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Audit;

/// <summary>
/// Mutates each fact as a slip would and re-evaluates, in process, only the checks that involve it
/// (derived quantities expanded to their facts). A slip is caught when a check that passed (or an
/// acknowledged discrepancy that pins the fact) now fails, or can no longer be evaluated, or, with
/// the joint stage, when the checks around the fact that hold alone can no longer all hold at
/// once (<see cref="JointNeighbourhood"/>). A check that already fails unacknowledged catches nothing.
/// </summary>
public static class ProtectionAuditor
{
    /// <param name="progress">Told the number of facts audited so far (for a terminal's progress line).</param>
    /// <param name="joint">whether a slip that only a joint proof catches counts as caught (the run's own setting by default)</param>
    public static AuditResult Audit(CheckRun run, IProgress<int>? progress = null, bool? joint = null)
    {
        var jointly = joint ?? run.Joint is not null;
        var report = run.Report;
        var scope = new ReportScope(report);
        var status = run.Findings.ToDictionary(f => f.Id, f => f.Status, StringComparer.Ordinal);
        var pins = report.Acknowledgements.GroupBy(a => a.FindingId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Figures, StringComparer.Ordinal);

        // fact id -> the checks that involve it, with the facts each check needs
        var behind = new Dictionary<Check, IReadOnlyList<Fact>>();
        var checksOf = new Dictionary<string, List<Check>>(StringComparer.Ordinal);
        foreach (var check in run.Checks)
        {
            if (!status.ContainsKey(check.Id)) continue; // a check that could not be evaluated
            var facts = check switch
            {
                RelationCheck r => scope.FactsBehind(r.Stated, r.Implied),
                SameQuantityCheck s => scope.FactsBehind(new Ref(s.First), new Ref(s.Second)),
                _ => [],
            };
            behind[check] = facts;
            foreach (var f in facts)
            {
                if (!checksOf.TryGetValue(f.Id, out var list)) checksOf[f.Id] = list = [];
                if (!list.Contains(check)) list.Add(check);
            }
        }

        var chapters = Chapters.Of(report.Source);
        var byChapter = chapters.ToDictionary(c => c, _ => new List<FactProtection>());
        var done = 0;
        foreach (var fact in report.Facts)
        {
            progress?.Report(++done);
            var checks = checksOf.GetValueOrDefault(fact.Id) ?? [];
            JointNeighbourhood? neighbourhood = null;
            string? Jointly(Slip slip)
            {
                if (!jointly) return null;
                neighbourhood ??= JointNeighbourhood.Of(scope, fact,
                    id => checksOf.GetValueOrDefault(id)?.Where(c => status[c.Id] == FindingStatus.Consistent).ToList() ?? [],
                    c => behind[c]);
                if (!neighbourhood.RefutedAsWritten)
                    return neighbourhood.Refutes(fact with { Value = slip.Value }) ? JointCheck.RuleName : null;
                // Around a reviewed joint discrepancy that pins the fact: a slip that leaves it in
                // place changes a pinned figure, so the review no longer matches and it fails again.
                var pinned = run.Findings.FirstOrDefault(f => f.Kind == JointCheck.RuleName && f.Status == FindingStatus.Acknowledged
                    && pins.TryGetValue(f.Id, out var p) && p.ContainsKey(fact.Id));
                return pinned is not null && neighbourhood.Refutes(fact with { Value = slip.Value }) ? pinned.Id : null;
            }
            var outcomes = Slips.Of(fact.Value)
                .Select(slip => new SlipOutcome(slip, CaughtBy(report, fact, slip, checks, behind, status, pins) ?? Jointly(slip)))
                .ToList();
            byChapter[Chapters.For(chapters, fact.SourceLine)].Add(new FactProtection(fact, checks.Select(c => c.Id).ToList(), outcomes));
        }
        return new AuditResult(report.Source.Path,
            chapters.Where(c => byChapter[c].Count > 0).Select(c => new ChapterProtection(c, byChapter[c])).ToList());
    }

    private static string? CaughtBy(Report report, Fact fact, Slip slip, IReadOnlyList<Check> checks,
        IReadOnlyDictionary<Check, IReadOnlyList<Fact>> behind, IReadOnlyDictionary<string, FindingStatus> status,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> pins)
    {
        var live = checks.Where(c => status[c.Id] == FindingStatus.Consistent
            || (status[c.Id] == FindingStatus.Acknowledged && pins.TryGetValue(c.Id, out var p) && p.ContainsKey(fact.Id))).ToList();
        if (live.Count == 0) return null;
        var slipped = fact with { Value = slip.Value };
        var facts = live.SelectMany(c => behind[c]).DistinctBy(f => f.Id).Select(f => f.Id == fact.Id ? slipped : f).ToList();
        var scope = new ReportScope(report with { Facts = facts });
        foreach (var check in live)
        {
            try
            {
                var finding = check switch
                {
                    RelationCheck r => RelationEvaluator.Evaluate(r, scope),
                    SameQuantityCheck s => SameQuantityEvaluator.Evaluate(s, scope),
                    _ => null,
                };
                if (finding?.Status == FindingStatus.Inconsistent) return check.Id;
            }
            catch (Exception ex) when (ex is EvaluationException or OverflowException)
            {
                return check.Id; // the check no longer evaluates: the run reports it
            }
        }
        return null;
    }
}
