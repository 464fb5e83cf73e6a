using System.CommandLine;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>`check`: load facts and rules, evaluate every check, report, and set the exit code.</summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var where = new ReportOptions("The report text to check the facts against (default: source.txt in the facts folder); another draft is checked as one (see `draft`)");
        var baseline = new Option<string?>("--baseline") { Description = "With --source NEW: the text the facts were encoded on (default: source.txt in the facts folder)" };
        var format = ReportOptions.Format([.. ReportFormats.Names]);
        var all = new Option<bool>("--all") { Description = "Also list the consistent checks (text format)" };
        var output = new Option<string?>("--output") { Description = "Write the report to this file (replaced atomically) instead of standard output" };
        var command = new Command("check", "Check the arithmetic of a report's figures") { baseline, format, all, output };
        where.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(where.Facts), parse.GetValue(where.Rules), parse.GetValue(where.Source), parse.GetValue(format)!, parse.GetValue(all),
            parse.GetValue(output), parse.GetValue(baseline)));
        return command;
    }

    public static int Run(string? facts, string? rules, string? source, string format, bool all, string? output = null, string? baseline = null)
    {
        if (baseline is not null && source is null)
        {
            Console.Error.WriteLine("error: --baseline OLD.txt needs --source NEW.txt, the draft to check");
            return ExitCodes.InvalidInput;
        }
        if (source is not null && IsDraft(facts, rules, source, baseline)) return DraftCommand.Run(facts, rules, baseline, source, format);
        var reports = Resolve(facts, rules, source, out var usage);
        if (usage is null && output is not null) usage = ReportOutput.Refusal(output, reports);
        if (usage is not null) return ReportOptions.UsageError(usage);
        var (runs, diagnostics) = ReportOptions.LoadAndCheck(reports);
        if (diagnostics.Count > 0) return ReportOptions.InputErrors(diagnostics, format, output);
        ReportOutput.Write(output, stream => ReportFormats.Write(stream, format, runs, all));
        if (output is not null) Console.Error.WriteLine($"wrote {output}: {string.Join("; ", runs.Select(TextReport.Summary))}");
        // A note (a figure computed from rounded figures as written) is reported but fails nothing.
        return ExitCodes.Of(runs.Any(r => Gate.Failures(r).Count > 0), runs.Any(r => r.Undecided > 0));
    }

    /// <summary>True when --source names another text than the one the facts were encoded on (or a baseline is given).</summary>
    private static bool IsDraft(string? facts, string? rules, string source, string? baseline)
    {
        if (baseline is not null) return true;
        var own = Resolve(facts, rules, null, out var usage);
        // Without a text of its own in the facts folder, --source simply names the report text.
        return usage is null && own.Any(p => File.Exists(p.SourceFile) && Path.GetFullPath(p.SourceFile) != Path.GetFullPath(source));
    }

    internal static IReadOnlyList<ReportPaths> Resolve(string? facts, string? rules, string? source, out string? usage)
    {
        usage = null;
        if (facts is not null)
        {
            var rulesDir = rules ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(facts).TrimEnd(Path.DirectorySeparatorChar))!, "..", "rules", Path.GetFileName(Path.GetFullPath(facts).TrimEnd(Path.DirectorySeparatorChar)));
            return [new ReportPaths(facts, rulesDir, source ?? Path.Combine(facts, "source.txt"))];
        }
        var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory);
        if (root is null)
        {
            usage = "error: no facts/ and rules/ folders here or above; give --facts DIR --rules DIR --source FILE";
            return [];
        }
        var found = RepositoryLayout.Reports(root);
        if (found.Count == 0) usage = $"error: no report folder with a source.txt under {Path.Combine(root, "facts")}";
        return source is null ? found : found.Select(p => p with { SourceFile = source }).ToList();
    }
}
