using System.CommandLine;
using OutsourcingChecks.Diagnostics;
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

    /// <summary>Reports invalid input the one way every command does: the list on stderr (and JSON on stdout if asked), exit 2.</summary>
    public static int InputErrors(IReadOnlyCollection<Diagnostic> diagnostics, string format)
    {
        if (format == "json") Console.Out.WriteLine(JsonReport.Diagnostics(diagnostics));
        Console.Error.Write(TextReport.Diagnostics(diagnostics));
        return ExitCodes.InvalidInput;
    }
}
