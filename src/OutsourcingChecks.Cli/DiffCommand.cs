using System.CommandLine;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Drafts;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>`diff`: the figures that changed, went or came between two drafts of the report text (no facts needed).</summary>
public static class DiffCommand
{
    public static Command Create()
    {
        var baseline = new Option<string>("--baseline") { Description = "The older draft", Required = true };
        var source = new Option<string>("--source") { Description = "The newer draft", Required = true };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("diff", "List the figures that changed between two drafts of the report text") { baseline, source, format };
        command.SetAction(parse => Run(parse.GetValue(baseline)!, parse.GetValue(source)!, parse.GetValue(format)!));
        return command;
    }

    public static int Run(string baseline, string source, string format)
    {
        var oldText = Read(baseline);
        var newText = Read(source);
        if (oldText is null || newText is null) return ExitCodes.InvalidInput;
        // The units declared beside the older draft (a report's facts folder holds its text and its units.yaml).
        var bag = new DiagnosticBag();
        var units = UnitsReader.Read(Path.GetDirectoryName(Path.GetFullPath(baseline))!, bag);
        if (bag.HasErrors)
        {
            Console.Error.Write(TextReport.Diagnostics(bag.Sorted()));
            return ExitCodes.InvalidInput;
        }
        var changes = FigureDiff.Compare(oldText, newText, units);
        Console.Out.Write(format == "json"
            ? DiffJson.Render(oldText.Path, newText.Path, changes) + Environment.NewLine
            : DiffText.Render(oldText.Path, newText.Path, changes));
        return changes.Count > 0 ? ExitCodes.Discrepancies : ExitCodes.Clean;
    }

    /// <summary>A report text, or null after an error on standard error (missing, not a regular file, too large, not UTF-8).</summary>
    internal static SourceText? Read(string path)
    {
        var display = ReportLoader.Display(path);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine(CommandLineErrors.Show(CommandLineErrors.At(CommandLineErrors.NoSuchFile, display, "the text", display,
                Directory.Exists(path) ? " (a folder)" : "")));
            return null;
        }
        var bag = new DiagnosticBag();
        var text = ReportLoader.ReadSource(path, bag, byteOrderMark: true);
        if (text is null) Console.Error.Write(TextReport.Diagnostics(bag.Items));
        return text;
    }
}
