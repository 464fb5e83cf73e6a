using System.CommandLine;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>The options that say where a report is, shared by every command that reads one.</summary>
public sealed class ReportOptions
{
    public Option<string?> Facts { get; } = new("--facts") { Description = "Folder of facts YAML (default: every report under the repository's facts/)" };
    public Option<string?> Rules { get; } = new("--rules") { Description = "Folder of rules YAML (default: rules/NAME beside facts/NAME)" };
    public Option<string?> Source { get; }

    public ReportOptions(string sourceDescription = "The report text (default: source.txt in the facts folder)") =>
        Source = new Option<string?>("--source") { Description = sourceDescription };

    public void AddTo(Command command)
    {
        command.Options.Add(Facts);
        command.Options.Add(Rules);
        command.Options.Add(Source);
    }

    /// <summary>A --format option offering the given formats, text by default.</summary>
    public static Option<string> Format(params string[] formats)
    {
        var format = new Option<string>("--format") { Description = string.Join(", ", formats), DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    /// <summary>
    /// Reports invalid input the one way every command does: the list on stderr and, for a format
    /// that has a document for it (JSON, SARIF), that document on stdout or in the output file; exit 2.
    /// </summary>
    public static int InputErrors(IReadOnlyList<Diagnostic> diagnostics, string format, string? output = null)
    {
        if (ReportFormats.RenderDiagnostics(format, diagnostics) is { } document) ReportOutput.Write(output, document);
        Console.Error.Write(TextReport.Diagnostics(diagnostics));
        return ExitCodes.InvalidInput;
    }

    /// <summary>
    /// A gate must not pass on nothing: a report whose rules define no check is an input error, with
    /// the rules folder and what is missing. The runs are those of the reports, in order.
    /// </summary>
    public static IReadOnlyList<Diagnostic> NothingChecked(IReadOnlyList<ReportPaths> reports, IReadOnlyList<CheckRun> runs)
    {
        var errors = new List<Diagnostic>();
        for (var i = 0; i < runs.Count && i < reports.Count; i++)
        {
            // The same quantity stated twice is checked without a rule; facts without rules are still an unwritten report.
            var rules = ReportLoader.Display(reports[i].RulesDirectory);
            if (runs[i].Report.Rules.Count == 0) errors.Add(CommandLineErrors.At(CommandLineErrors.NoRules, rules, rules));
            else if (runs[i].Checks.Count == 0) errors.Add(CommandLineErrors.At(CommandLineErrors.NoChecks, rules, runs[i].Report.Rules.Count, rules));
        }
        return errors;
    }

    /// <summary>A command line that names no report to read: the reason on stderr, exit 2.</summary>
    public static int UsageError(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.InvalidInput;
    }

    /// <summary>
    /// Loads and checks each report: the runs of those that load, and every input problem found on
    /// the way (loading and evaluation), so a command reports them all at once.
    /// </summary>
    public static (IReadOnlyList<CheckRun> Runs, IReadOnlyList<Diagnostic> Diagnostics) LoadAndCheck(IEnumerable<ReportPaths> reports)
    {
        var runs = new List<CheckRun>();
        var diagnostics = new List<Diagnostic>();
        foreach (var paths in reports)
        {
            var (report, problems) = ReportLoader.Load(paths);
            diagnostics.AddRange(problems);
            if (report is null) continue;
            var run = Engine.Run(report);
            diagnostics.AddRange(run.Diagnostics);
            runs.Add(run);
        }
        return (runs, diagnostics);
    }
}
