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
        var details = new Option<string?>("--details-url") { Description = "With --format markdown: where the full report is (e.g. the HTML report's CI artifact), named when findings are left out to fit a comment" };
        var command = new Command("check", "Check the arithmetic of a report's figures") { baseline, format, all, output, details };
        where.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(where.Facts), parse.GetValue(where.Rules), parse.GetValue(where.Source), parse.GetValue(format)!, parse.GetValue(all),
            parse.GetValue(output), parse.GetValue(baseline), parse.GetValue(details)));
        return command;
    }

    public static int Run(string? facts, string? rules, string? source, string format, bool all, string? output = null, string? baseline = null, string? detailsUrl = null)
    {
        if (baseline is not null && source is null)
        {
            Console.Error.WriteLine(CommandLineErrors.Error(CommandLineErrors.Usage) + "--baseline OLD.txt needs --source NEW.txt, the draft to check");
            return ExitCodes.InvalidInput;
        }
        if (source is not null && File.Exists(source) && IsDraft(facts, rules, source, baseline)) return DraftCommand.Run(facts, rules, baseline, source, format);
        var reports = Resolve(facts, rules, source, out var usage);
        if (usage is null && output is not null) usage = ReportOutput.Refusal(output, reports);
        if (usage is not null) return ReportOptions.UsageError(usage);
        var (runs, diagnostics) = ReportOptions.LoadAndCheck(reports);
        if (diagnostics.Count == 0) diagnostics = ReportOptions.NothingChecked(reports, runs);
        if (diagnostics.Count > 0) return ReportOptions.InputErrors(diagnostics, format, output);
        ReportOutput.Write(output, stream => ReportFormats.Write(stream, format, runs, ReportFormats.TextOptionsFor(output, all), new MarkdownOptions(DetailsUrl: detailsUrl)));
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

    /// <summary>
    /// The reports a command line names: --facts (with --rules, else rules/NAME beside facts/NAME,
    /// and --source, else source.txt in the facts folder), or every report of the repository found
    /// here or above. Every problem with the paths at once, each with its code and what to give
    /// instead, as <paramref name="usage"/> (null when there is none).
    /// </summary>
    internal static IReadOnlyList<ReportPaths> Resolve(string? facts, string? rules, string? source, out string? usage)
    {
        var errors = new List<Diagnostic>();
        var reports = Resolve(facts, rules, source, errors);
        usage = errors.Count == 0 ? null : string.Join(Environment.NewLine, errors.Select(CommandLineErrors.Show));
        return errors.Count == 0 ? reports : [];
    }

    private static IReadOnlyList<ReportPaths> Resolve(string? facts, string? rules, string? source, List<Diagnostic> errors)
    {
        if (source is not null) Text("--source", source, null, errors);
        if (rules is not null) Folder("--rules", rules, "rules YAML", errors);
        if (facts is not null)
        {
            if (!Folder("--facts", facts, "facts YAML and its source.txt", errors)) return [];
            var full = Path.GetFullPath(facts).TrimEnd(Path.DirectorySeparatorChar);
            var reports = Directory.EnumerateDirectories(full).Where(d => File.Exists(Path.Combine(d, "source.txt"))).Order(StringComparer.Ordinal).ToList();
            var hasYaml = Directory.EnumerateFiles(full, "*.y*ml", SearchOption.TopDirectoryOnly).Any();
            if (!hasYaml && reports.Count > 0)
            {
                errors.Add(CommandLineErrors.At(CommandLineErrors.FolderOfReports, facts, "--facts", facts,
                    string.Join(", ", reports.Select(Path.GetFileName)), Path.Combine(facts, Path.GetFileName(reports[0]))));
                return [];
            }
            var rulesDir = rules ?? Path.Combine(Path.GetDirectoryName(full)!, "..", "rules", Path.GetFileName(full));
            if (rules is null && !Directory.Exists(rulesDir))
                errors.Add(CommandLineErrors.At(CommandLineErrors.NoRulesFolder, ReportLoader.Display(rulesDir), ReportLoader.Display(rulesDir), facts));
            var text = source ?? Path.Combine(facts, "source.txt");
            if (source is null) Text("the report text", text, "; a report's folder holds its text as source.txt, or give --source FILE", errors);
            return [new ReportPaths(facts, rulesDir, text)];
        }
        var root = RepositoryLayout.FindRoot(Environment.CurrentDirectory);
        if (root is null)
        {
            errors.Add(CommandLineErrors.Plain(CommandLineErrors.NoRepository));
            return [];
        }
        var found = RepositoryLayout.Reports(root);
        if (found.Count == 0)
        {
            var examples = RepositoryLayout.Examples(root);
            errors.Add(CommandLineErrors.At(CommandLineErrors.NoReport, ReportLoader.Display(Path.Combine(root, "facts")), ReportLoader.Display(Path.Combine(root, "facts")),
                examples.Count == 0 ? "" : $" (the examples {string.Join(", ", examples.Select(ReportLoader.Display))} are checked only when named: --facts {ReportLoader.Display(examples[0])})"));
        }
        return source is null ? found : found.Select(p => p with { SourceFile = source }).ToList();
    }

    /// <summary>True when the path is a folder; else an error that says what it is and what was meant.</summary>
    private static bool Folder(string option, string path, string holds, List<Diagnostic> errors)
    {
        if (Directory.Exists(path)) return true;
        if (File.Exists(path))
        {
            var parent = Path.GetDirectoryName(Path.GetFullPath(path));
            errors.Add(CommandLineErrors.At(CommandLineErrors.FileNotFolder, path, option, path, holds,
                parent is null ? "" : $" (perhaps {option} {ReportLoader.Display(parent)})"));
        }
        else errors.Add(CommandLineErrors.At(CommandLineErrors.NoSuchFolder, path, option, path, Siblings(path, Directory.EnumerateDirectories)));
        return false;
    }

    private static void Text(string what, string path, string? hint, List<Diagnostic> errors)
    {
        if (File.Exists(path)) return;
        if (Directory.Exists(path))
            errors.Add(CommandLineErrors.At(CommandLineErrors.FolderNotFile, path, what, path,
                File.Exists(Path.Combine(path, "source.txt")) ? $" such as {Path.Combine(path, "source.txt")}" : ""));
        else errors.Add(CommandLineErrors.At(CommandLineErrors.NoSuchFile, path, what, path, hint ?? Siblings(path, Directory.EnumerateFiles)));
    }

    /// <summary>"; did you mean …?" among the entries of the path's parent folder, if it exists.</summary>
    private static string Siblings(string path, Func<string, IEnumerable<string>> entries)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar));
        if (parent is null || !Directory.Exists(parent)) return "";
        var shownParent = Path.GetDirectoryName(path.TrimEnd('/', Path.DirectorySeparatorChar)) ?? "";
        return CommandLineErrors.DidYouMean(path, entries(parent), k => Path.Combine(shownParent, Path.GetFileName(k)));
    }
}
