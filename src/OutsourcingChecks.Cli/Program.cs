using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Diagnostics;

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
PathOptions.RefuseEmpty(root);
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
    // Exceptions come here, not to the command-line library's handler (which prints them and exits 1,
    // the code for discrepancies).
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    // A file that cannot be read or written (permissions, an immutable file, a full disk): the
    // writers replace files atomically, so nothing was half written.
    Console.Error.WriteLine(CommandLineErrors.Error(CommandLineErrors.ReadWriteFailed) + Printable.Line(ex.Message));
    return ExitCodes.InvalidInput;
}
catch (Exception ex)
{
    Console.Error.WriteLine($"internal error (a bug in outsourcing-checks; please report it with the command line): {Printable.Text(ex.ToString())}");
    return ExitCodes.InternalError;
}
