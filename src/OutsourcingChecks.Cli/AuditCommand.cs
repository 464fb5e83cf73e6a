using System.CommandLine;
using OutsourcingChecks.Audit;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>`audit`: which facts the checks protect against a slip (one digit off, two digits swapped, the point moved), per chapter.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var where = new ReportOptions();
        var format = ReportOptions.Format("text", "json");
        var noJoint = ReportOptions.NoJoint();
        var command = new Command("audit", "Mutate each fact as a slip would and list the facts no check protects, per chapter") { format, noJoint };
        where.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(where.Facts), parse.GetValue(where.Rules), parse.GetValue(where.Source), parse.GetValue(format)!, !parse.GetValue(noJoint)));
        return command;
    }

    /// <param name="joint">whether a slip that only a joint proof catches counts as caught</param>
    public static int Run(string? facts, string? rules, string? source, string format, bool joint = true)
    {
        var reports = CheckCommand.Resolve(facts, rules, source, out var usage);
        if (usage is not null) return ReportOptions.UsageError(usage);
        var (runs, diagnostics) = ReportOptions.LoadAndCheck(reports, joint);
        if (diagnostics.Count > 0) return ReportOptions.InputErrors(diagnostics, format);
        var results = new List<AuditResult>();
        foreach (var run in runs)
        {
            using var progress = new TerminalProgress($"audit {Discrepancies.ReportName(run)}", run.Report.Facts.Count);
            results.Add(ProtectionAuditor.Audit(run, progress));
        }
        Console.Out.Write(format == "json" ? AuditJson.Render(results) + Environment.NewLine : AuditText.Render(results));
        return ExitCodes.Clean;
    }
}
