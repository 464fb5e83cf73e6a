using System.Runtime.ExceptionServices;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Joint;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>The result of checking a report: every finding, stale reviews, and input problems found on the way.</summary>
public sealed record CheckRun(
    Report Report,
    IReadOnlyList<Check> Checks,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<StaleAcknowledgement> StaleAcknowledgements,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The report's facts and derived quantities by id, as the checks were evaluated: grading and
    /// localisation take a scope from it (<see cref="ReportScope.WithOwnMemo"/>) rather than index
    /// a large report again.
    /// </summary>
    public required ReportScope Scope { get; init; }

    /// <summary>The joint stage's network and findings, or null when the run judged each check alone.</summary>
    public JointResult? Joint { get; init; }

    public int Consistent => Findings.Count(f => f.Status == FindingStatus.Consistent);
    public int Inconsistent => Findings.Count(f => f.Status == FindingStatus.Inconsistent);
    public int Acknowledged => Findings.Count(f => f.Status == FindingStatus.Acknowledged);
    public int Undecided => Findings.Count(f => f.Status == FindingStatus.Undecided);
}

/// <summary>
/// Compiles a report's rules into checks, evaluates every check, applies the acknowledgements. A
/// check the rules get wrong (a unit mismatch, an unknown id) is an input problem, a diagnostic; one
/// whose figures leave its arithmetic undefined (a whole that may be zero) is an undecided finding,
/// and the other checks are reported as usual.
/// </summary>
public static class Engine
{
    /// <param name="report">the report</param>
    /// <param name="joint">
    /// whether to look, beyond each check alone, for checks that cannot all hold at once
    /// (<see cref="JointAnalysis"/>); without it, every check is judged on its own
    /// </param>
    public static CheckRun Run(Report report, bool joint = true)
    {
        var bag = new DiagnosticBag();
        var checks = CheckCompiler.Compile(report, bag);
        var scope = new ReportScope(report);
        var outcomes = Evaluate(checks, scope);
        var findings = new List<Finding>(checks.Count);
        for (var i = 0; i < checks.Count; i++)
        {
            switch (outcomes[i])
            {
                case { Finding: { } f }: findings.Add(f); break;
                case { Problem: EvaluationException { Undecidable: false } ex }: Report(bag, checks[i], ex); break;
                case { Problem: var problem }: findings.Add(Undecided.Finding(checks[i], scope, Undecided.Reason(problem!))); break;
            }
        }
        JointResult? jointResult = null;
        // Input with problems is not reported on (every command exits 2 with the diagnostics): the
        // joint stage, the costliest, is spared it.
        if (joint && !bag.HasErrors)
        {
            var consistent = new HashSet<string>(findings.Where(f => f.Status == FindingStatus.Consistent).Select(f => f.Id), StringComparer.Ordinal);
            jointResult = JointAnalysis.Run(scope, checks, c => consistent.Contains(c.Id));
            findings.AddRange(jointResult.Findings);
        }
        var (reviewed, stale) = AcknowledgementMatcher.Apply(findings, report);
        return new CheckRun(report, checks, reviewed, stale, bag.Sorted()) { Scope = scope, Joint = jointResult };
    }

    /// <summary>A check's finding, or what stopped its evaluation (an <see cref="EvaluationException"/> or an overflow).</summary>
    private readonly record struct Outcome(Finding? Finding, Exception? Problem);

    /// <summary>
    /// Each check's outcome, in the order of the checks. The checks are independent, so they are
    /// worked on in parallel, each worker with a scope of its own (a scope memoises derived quantities).
    /// </summary>
    private static Outcome[] Evaluate(IReadOnlyList<Check> checks, ReportScope scope)
    {
        var outcomes = new Outcome[checks.Count];
        try
        {
            Parallel.For(0, checks.Count, scope.WithOwnMemo,
                (i, _, worker) =>
                {
                    outcomes[i] = Evaluate(checks[i], worker);
                    return worker;
                },
                _ => { });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
        return outcomes;
    }

    private static Outcome Evaluate(Check check, ReportScope scope)
    {
        try
        {
            return new Outcome(check switch
            {
                RelationCheck r => RelationEvaluator.Evaluate(r, scope),
                SameQuantityCheck s => SameQuantityEvaluator.Evaluate(s, scope),
                _ => throw new InvalidOperationException($"no evaluator for {check.GetType().Name}"),
            }, null);
        }
        catch (Exception ex) when (ex is EvaluationException or OverflowException)
        {
            return new Outcome(null, ex);
        }
    }

    private static void Report(DiagnosticBag bag, Check check, EvaluationException ex)
    {
        var where = $"check '{check.Id}'";
        switch (ex.Problem)
        {
            case EvaluationProblem.UnitMismatch: bag.Add(Descriptors.UnitMismatch, check.Location, where, ex.Message); break;
            case EvaluationProblem.UnknownReference: bag.Add(Descriptors.UnknownReference, check.Location, where, ex.Message); break;
            default: bag.Add(Descriptors.BadField, check.Location, where, ex.Message); break;
        }
    }
}
