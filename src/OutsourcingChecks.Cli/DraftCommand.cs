using System.CommandLine;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Drafts;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>
/// `draft`: confront a new draft of the report text with the facts encoded on the baseline text:
/// stale facts (changed figures, quotes not found), moved ones, the checks the changes break or mend,
/// and new figures no fact covers. Exit 1 when a fact is stale or a check fails.
/// </summary>
public static class DraftCommand
{
    public static Command Create()
    {
        var facts = new Option<string?>("--facts") { Description = "Folder of facts YAML (default: every report under the repository's facts/)" };
        var rules = new Option<string?>("--rules") { Description = "Folder of rules YAML (default: rules/NAME beside facts/NAME)" };
        var source = new Option<string>("--source") { Description = "The new draft of the report text", Required = true };
        var baseline = new Option<string?>("--baseline") { Description = "The text the facts were encoded on (default: source.txt in the facts folder)" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("draft", "Check a new draft of the report text: stale facts, changed figures re-checked, new figures") { facts, rules, source, baseline, format };
        command.SetAction(parse => Run(parse.GetValue(facts), parse.GetValue(rules), parse.GetValue(baseline), parse.GetValue(source)!, parse.GetValue(format)!));
        return command;
    }

    public static int Run(string? facts, string? rules, string? baseline, string draft, string format)
    {
        var reports = CheckCommand.Resolve(facts, rules, baseline, out var usage);
        if (usage is not null) return ReportOptions.UsageError(usage);
        var text = DiffCommand.Read(draft);
        if (text is null) return ExitCodes.InvalidInput;
        var (runs, diagnostics) = ReportOptions.LoadAndCheck(reports);
        if (diagnostics.Count > 0) return ReportOptions.InputErrors(diagnostics, format);
        var results = runs.Select(run => DraftComparer.Compare(run, text)).ToList();
        if (format == "json") Console.Out.Write(DraftJson.Render(results) + Environment.NewLine);
        else
        {
            // streamed through a buffer: a draft can have millions of new figures
            using var stdout = ReportOutput.BufferedStandardOutput();
            DraftText.Write(results, stdout);
        }
        return results.Any(r => r.Stale > 0 || r.Recheck.Inconsistent > 0) ? ExitCodes.Discrepancies : ExitCodes.Clean;
    }
}
