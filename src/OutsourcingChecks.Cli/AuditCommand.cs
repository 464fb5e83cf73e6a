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
        var facts = new Option<string?>("--facts") { Description = "Folder of facts YAML (default: every report under the repository's facts/)" };
        var rules = new Option<string?>("--rules") { Description = "Folder of rules YAML (default: rules/NAME beside facts/NAME)" };
        var source = new Option<string?>("--source") { Description = "The report text (default: source.txt in the facts folder)" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("audit", "Mutate each fact as a slip would and list the facts no check protects, per chapter") { facts, rules, source, format };
        command.SetAction(parse => Run(parse.GetValue(facts), parse.GetValue(rules), parse.GetValue(source), parse.GetValue(format)!));
        return command;
    }

    public static int Run(string? facts, string? rules, string? source, string format)
    {
        var reports = CheckCommand.Resolve(facts, rules, source, out var usage);
        if (usage is not null)
        {
            Console.Error.WriteLine(usage);
            return ExitCodes.InvalidInput;
        }
        var results = new List<AuditResult>();
        var diagnostics = new List<Diagnostic>();
        foreach (var paths in reports)
        {
            var (report, problems) = ReportLoader.Load(paths);
            diagnostics.AddRange(problems);
            if (report is null) continue;
            var run = Engine.Run(report);
            diagnostics.AddRange(run.Diagnostics);
            if (run.Diagnostics.Count > 0) continue;
            using var progress = new TerminalProgress($"audit {Path.GetFileName(paths.FactsDirectory)}", report.Facts.Count);
            results.Add(ProtectionAuditor.Audit(run, progress));
        }
        if (diagnostics.Count > 0)
        {
            if (format == "json") Console.Out.WriteLine(JsonReport.Diagnostics(diagnostics));
            Console.Error.Write(TextReport.Diagnostics(diagnostics));
            return ExitCodes.InvalidInput;
        }
        Console.Out.Write(format == "json" ? AuditJson.Render(results) + Environment.NewLine : AuditText.Render(results));
        return ExitCodes.Clean;
    }
}
