using System.CommandLine;
using System.Text;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Proposing;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>`propose`: write candidate rules inferred from the facts' measures, dims and periods, each checked at once.</summary>
public static class ProposeCommand
{
    public static Command Create()
    {
        var where = new ReportOptions();
        var output = new Option<string?>("--output") { Description = "The rules file to write, e.g. rules/NAME/proposed.yaml (never overwritten; default: standard output)" };
        var command = new Command("propose", "Propose rules the facts imply (sums over partitions, shares, growth, points, CAGR), each checked at once") { output };
        where.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(where.Facts), parse.GetValue(where.Rules), parse.GetValue(where.Source), parse.GetValue(output), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string? facts, string? rules, string? source, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (output is not null && NewFile.Refusal(output, "propose") is { } refused) return Fail(stderr, refused);
        var reports = CheckCommand.Resolve(facts, rules, source, out var usage);
        if (usage is not null) return Fail(stderr, usage);
        if (reports.Count != 1) return Fail(stderr, CommandLineErrors.Error(CommandLineErrors.Usage) + "propose works on one report: give it with --facts DIR (and --rules DIR)");
        var paths = reports[0];
        var (report, diagnostics) = ReportLoader.Load(paths);
        var bag = new DiagnosticBag();
        var vocabulary = VocabularyFile.For(paths.FactsDirectory, bag);
        if (report is null || bag.HasErrors)
        {
            // the loader reads vocabulary.yaml as YAML too: a problem both saw is listed once
            stderr.Write(TextReport.Diagnostics(diagnostics.Concat(bag.Sorted()).DistinctBy(d => (d.Location, d.Code)).ToList()));
            return ExitCodes.InvalidInput;
        }
        var set = ProposalEvaluator.Propose(report, vocabulary);
        var yaml = ProposalWriter.Render(set, ReportLoader.Display(paths.FactsDirectory));
        var summary = $"{set.New.Count} rules proposed ({set.New.Count(p => p.Status == ProposalStatus.Consistent)} consistent, "
            + $"{set.New.Count(p => p.Status == ProposalStatus.Inconsistent)} inconsistent, {set.New.Count(p => p.Status == ProposalStatus.Undecided)} undecided), "
            + $"{set.Repeated.Count} repeat rules of the report; {set.Derived.Count} derived quantities";
        if (output is null)
        {
            stdout.Write(yaml);
            stderr.WriteLine(summary);
            return ExitCodes.Clean;
        }
        if (NewFile.Write(output, yaml, "propose") is { } failed) return Fail(stderr, failed);
        stdout.WriteLine($"{summary}; written to {output}");
        return ExitCodes.Clean;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return ExitCodes.InvalidInput;
    }
}
