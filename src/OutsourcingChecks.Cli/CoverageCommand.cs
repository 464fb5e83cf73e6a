using System.CommandLine;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>`coverage`: which figures of the report text the facts cover, skip, or leave uncovered, per chapter.</summary>
public static class CoverageCommand
{
    public static Command Create()
    {
        var where = new ReportOptions("The report text to scan (default: source.txt in the facts folder)");
        var format = ReportOptions.Format("text", "json");
        var command = new Command("coverage", "List the figures of the report text and which facts cover them, per chapter") { format };
        where.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(where.Facts), parse.GetValue(where.Rules), parse.GetValue(where.Source), parse.GetValue(format)!));
        return command;
    }

    public static int Run(string? facts, string? rules, string? source, string format)
    {
        var reports = CheckCommand.Resolve(facts, rules, source, out var usage);
        if (usage is not null) return ReportOptions.UsageError(usage);
        var results = new List<CoverageResult>();
        var diagnostics = new List<Diagnostic>();
        foreach (var paths in reports)
        {
            var (report, problems) = ReportLoader.Load(paths);
            diagnostics.AddRange(problems);
            if (report is not null) results.Add(CoverageAnalyzer.Analyze(report));
        }
        if (diagnostics.Count > 0) return ReportOptions.InputErrors(diagnostics, format);
        if (format == "json")
        {
            Console.Out.Write(CoverageJson.Render(results) + Environment.NewLine);
            return ExitCodes.Clean;
        }
        // streamed through a buffer: the text lists every uncovered figure, millions for a long text
        using var stdout = ReportOutput.BufferedStandardOutput();
        CoverageText.Write(results, stdout);
        return ExitCodes.Clean;
    }
}
