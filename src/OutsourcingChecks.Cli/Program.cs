using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using OutsourcingChecks.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("OutsourcingChecks: checks the arithmetic of a statistical report")
{
    CheckCommand.Create(),
    StubCommand.Create(),
    ProposeCommand.Create(),
    AckCommand.Create(),
    CoverageCommand.Create(),
    AuditCommand.Create(),
    DraftCommand.Create(),
    DiffCommand.Create(),
};
HelpText.AddTo(root);
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var e in parse.Errors) Console.Error.WriteLine(CommandLineErrors.Error(CommandLineErrors.Usage) + e.Message);
    // System.CommandLine's own typo correction ("'chek' was not matched. Did you mean one of the following? check"), on stderr.
    if (parse.Action is ParseErrorAction errorAction)
    {
        errorAction.ShowHelp = false;
        errorAction.ShowTypoCorrections = true;
        var suggestions = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = suggestions, Error = TextWriter.Null });
        if (suggestions.ToString().Trim().Length > 0) Console.Error.Write(suggestions.ToString());
    }
    Console.Error.WriteLine($"Run `outsourcing-checks {parse.CommandResult.Command.Name} --help` for usage, examples and exit codes.".Replace("outsourcing-checks outsourcing-checks", "outsourcing-checks"));
    return ExitCodes.InvalidInput;
}
try
{
    return parse.Invoke();
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(CommandLineErrors.Error(CommandLineErrors.ReadWriteFailed) + ex.Message);
    return ExitCodes.InvalidInput;
}
