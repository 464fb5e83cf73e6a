using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace OutsourcingChecks.Cli;

/// <summary>The examples and exit codes `--help` shows after System.CommandLine's own sections.</summary>
public static class HelpText
{
    private static readonly Dictionary<string, string[]> Examples = new(StringComparer.Ordinal)
    {
        ["check"] =
        [
            "outsourcing-checks check                                      every report under facts/ (not the examples)",
            "outsourcing-checks check --facts facts/example                one report; its rules are rules/example",
            "outsourcing-checks check --format html --output report.html   the editor's review report",
            "outsourcing-checks check --format markdown --details-url URL  a pull-request comment (under 60,000 characters)",
            "outsourcing-checks check --source NEW.txt                     a new draft of the report text",
        ],
        ["ack"] = ["outsourcing-checks ack ch03.growth.ITO.west.2021 --reason \"The text gives 34.0 %, Table 3-1 30.1 %\""],
        ["coverage"] = ["outsourcing-checks coverage --facts facts/example"],
        ["audit"] = ["outsourcing-checks audit --facts facts/example --format json"],
        ["draft"] = ["outsourcing-checks draft --facts facts/example --source new-draft.txt"],
        ["diff"] = ["outsourcing-checks diff --baseline old.txt --source new.txt"],
        ["stub"] = ["outsourcing-checks stub --source facts/NAME/source.txt --output facts/NAME/draft.yaml"],
    };

    private static readonly Dictionary<string, string> ExitCodesOf = new(StringComparer.Ordinal)
    {
        ["check"] = "0 no new discrepancy (notes and acknowledged ones do not fail), 1 new discrepancies, 2 invalid input or command line (nothing checked, also when the rules define no check), 3 no new discrepancy but some checks undecided (their figures leave the arithmetic undefined), 70 a bug in the tool",
        ["draft"] = "0 the draft changes nothing the facts state, 1 a fact is stale or a check fails, 2 invalid input or command line",
        ["diff"] = "0 no figure changed, 1 figures changed, 2 an unreadable file",
        ["ack"] = "0 written, 2 refused (nothing written)",
    };

    /// <summary>Adds the examples and exit codes to the help of every command: the library's help, then ours.</summary>
    public static void AddTo(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().FirstOrDefault();
        if (option?.Action is HelpAction help) option.Action = new WithExamples(help);
    }

    private sealed class WithExamples(HelpAction help) : SynchronousCommandLineAction
    {
        // As the library's own help: --help is answered even when the rest of the line is
        // incomplete (ack --help without its required --reason).
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parse)
        {
            var code = help.Invoke(parse);
            Write(parse.CommandResult.Command, parse.InvocationConfiguration.Output);
            return code;
        }
    }

    private static void Write(Command command, TextWriter output)
    {
        var name = command.Name;
        if (command is RootCommand)
        {
            output.WriteLine("Examples:");
            output.WriteLine("  outsourcing-checks check                  check every report under facts/");
            output.WriteLine("  outsourcing-checks check --help           the options of one command");
            output.WriteLine();
            output.WriteLine("Exit codes: 0 clean, 1 discrepancies (or changes) found, 2 invalid input or command line, 3 some checks undecided (check), 70 a bug in the tool; every error has a code (OC0NN input files, OC1NN command line).");
            return;
        }
        if (Examples.TryGetValue(name, out var examples))
        {
            output.WriteLine("Examples:");
            foreach (var e in examples) output.WriteLine("  " + e);
            output.WriteLine();
        }
        output.WriteLine("Exit codes: " + (ExitCodesOf.TryGetValue(name, out var codes) ? codes : "0 done, 2 invalid input or command line"));
    }
}
