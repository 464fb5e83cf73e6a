using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>A group of findings as every format lists it: a title, whether it fails the gate, the findings in report order.</summary>
/// <param name="Key">A stable word for the group ("new", "notes", "acknowledged", or the status's name).</param>
/// <param name="Title">The heading a reader sees.</param>
/// <param name="Explanation">What the group means, where its title does not say, else null.</param>
/// <param name="Fails">The group fails the gate (exit code 1).</param>
/// <param name="Brief">The group is shown one line a finding unless asked for in full (reviewed already).</param>
public sealed record FindingGroup(string Key, string Title, string? Explanation, bool Fails, bool Brief, IReadOnlyList<Finding> Findings)
{
    /// <summary>"1 new discrepancy", "3 notes", "61 acknowledged".</summary>
    public string Counted => CountOf(Key, Findings.Count);

    public static string CountOf(string key, int n) => key switch
    {
        "new" => RunDigest.Plural(n, "new discrepancy", "new discrepancies"),
        "notes" => RunDigest.Plural(n, "note", "notes"),
        _ => RunDigest.Plural(n, key, key),
    };
}

/// <summary>
/// One report's run as the formats show it, worked out once: its name and counts, its findings
/// grouped by what needs doing (new discrepancies first: what the gate fails, whatever its status;
/// then notes, then any other status that is not consistent, then the acknowledged ones), the
/// verdicts and suggestions, and the rules that defined no check. Written over statuses, not over
/// kinds: a new status gets a group of its own, a new kind needs nothing.
/// </summary>
public sealed class RunDigest
{
    private readonly Lazy<RunReview> _review;

    private RunDigest(CheckRun run, IReadOnlyDictionary<string, Verdict> verdicts, IReadOnlyList<FindingGroup> groups, IReadOnlyList<Rule> idleRules)
    {
        Run = run;
        // The suggestions take the longest: made only for a format that shows them, and with them
        // the consequences (a failing check that a root's correction mends), which need them.
        _review = new Lazy<RunReview>(() =>
        {
            var suggestions = ErrorLocalisation.Localiser.Suggest(run);
            var graded = run.Findings.Where(f => verdicts.ContainsKey(f.Id));
            return new RunReview(Grader.Verdicts(run, graded, suggestions).ToDictionary(v => v.FindingId, StringComparer.Ordinal), suggestions);
        });
        Groups = groups;
        IdleRules = idleRules;
        Name = Discrepancies.ReportName(run);
    }

    public CheckRun Run { get; }
    public string Name { get; }
    /// <summary>The verdicts (of the findings that are not consistent) and the suggested corrections.</summary>
    public RunReview Review => _review.Value;

    /// <summary>The non-empty groups, in the order a reader should take them.</summary>
    public IReadOnlyList<FindingGroup> Groups { get; }

    /// <summary>Rules that expanded to no check (a template whose 'for' matched nothing).</summary>
    public IReadOnlyList<Rule> IdleRules { get; }

    public int Facts => Run.Report.Facts.Count;
    public int Checks => Run.Findings.Count;
    public int Consistent => Run.Consistent;

    /// <summary>The findings that fail the gate.</summary>
    public IReadOnlyList<Finding> New => Group("new");
    public IReadOnlyList<Finding> Notes => Group("notes");
    public IReadOnlyList<Finding> Acknowledged => Group("acknowledged");
    public bool Passes => Groups.All(g => !g.Fails);

    public IReadOnlyList<Finding> Group(string key) => Groups.FirstOrDefault(g => g.Key == key)?.Findings ?? [];

    /// <summary>The count shown for a group key, zero when the group is empty.</summary>
    public int Count(string key) => Group(key).Count;

    public static IReadOnlyList<RunDigest> Of(IEnumerable<CheckRun> runs) => runs.Select(Of).ToList();

    /// <summary>Every group key in the order a reader takes them, whether or not a run has such findings.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["new", "notes", .. Enum.GetValues<FindingStatus>().Where(s => s is not (FindingStatus.Consistent or FindingStatus.Inconsistent or FindingStatus.Acknowledged))
            .Select(Discrepancies.StatusName), "acknowledged"];

    /// <summary>
    /// The group keys a table of these runs shows: new, notes and acknowledged always, a further status
    /// (undecided) only where one of the runs has findings of it, so a report without them reads as before.
    /// </summary>
    public static IReadOnlyList<string> KeysOf(IEnumerable<RunDigest> digests)
    {
        var list = digests as IReadOnlyList<RunDigest> ?? digests.ToList();
        return Keys.Where(k => k is "new" or "notes" or "acknowledged" || list.Any(d => d.Count(k) > 0)).ToList();
    }

    public static RunDigest Of(CheckRun run)
    {
        // Grading every consistent finding of a large report took most of the time: only the others are graded.
        var verdicts = Grader.Verdicts(run, run.Findings.Where(f => f.Status != FindingStatus.Consistent))
            .ToDictionary(v => v.FindingId, StringComparer.Ordinal);
        var groups = new List<FindingGroup>();
        var ordered = Discrepancies.Of(run);
        // What fails is the gate's to say (and so the exit code's): the groups follow it, whatever the statuses.
        var failing = Gate.Failures(run, verdicts).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var passing = ordered.Where(f => !failing.Contains(f.Id)).ToList();
        groups.Add(new FindingGroup("new", "New discrepancies", "not acknowledged, they fail the check", true, false,
            ordered.Where(f => failing.Contains(f.Id)).ToList()));
        groups.Add(new FindingGroup("notes", "Notes", "stated from rounded figures: inconsistent on the true values, not errors", false, false,
            passing.Where(f => f.Status == FindingStatus.Inconsistent).ToList()));
        foreach (var status in Enum.GetValues<FindingStatus>())
        {
            if (status is FindingStatus.Consistent or FindingStatus.Inconsistent or FindingStatus.Acknowledged) continue;
            var name = Discrepancies.StatusName(status);
            var explanation = status == FindingStatus.Undecided ? "the figures leave the arithmetic undefined: not checked" : null;
            groups.Add(new FindingGroup(name, char.ToUpperInvariant(name[0]) + name[1..], explanation, false, false, passing.Where(f => f.Status == status).ToList()));
        }
        groups.Add(new FindingGroup("acknowledged", "Acknowledged", "reviewed, each with a reason", false, true,
            passing.Where(f => f.Status == FindingStatus.Acknowledged).ToList()));
        // A check stands at the rule it was expanded from (a template's checks share its location).
        var used = run.Checks.Select(c => c.Location).ToHashSet();
        var idle = run.Report.Rules.Where(r => !used.Contains(r.Location)).ToList();
        return new RunDigest(run, verdicts, groups.Where(g => g.Findings.Count > 0).ToList(), idle);
    }

    /// <summary>"no new discrepancy" or "3 new discrepancies": the verdict in words.</summary>
    public string Verdict => New.Count == 0 ? "no new discrepancy" : Plural(New.Count, "new discrepancy", "new discrepancies");

    /// <summary>One line of counts: "2334 facts, 2161 checks: 0 new discrepancies, 3 notes, 61 acknowledged, 0 stale acknowledgements".</summary>
    public string CountsLine()
    {
        var parts = new List<string> { FindingGroup.CountOf("new", New.Count) };
        parts.AddRange(Groups.Where(g => g.Key != "new").Select(g => g.Counted));
        parts.Add($"{Consistent} consistent");
        parts.Add(Plural(Run.StaleAcknowledgements.Count, "stale acknowledgement", "stale acknowledgements"));
        if (Run.Report.Attributions.Count > 0) parts.Add(Plural(Run.Report.Attributions.Count, "attribution finding", "attribution findings"));
        return $"{Plural(Facts, "fact", "facts")}, {Plural(Checks, "check", "checks")}: {string.Join(", ", parts)}";
    }

    public static string Plural(int n, string one, string many) =>
        n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
