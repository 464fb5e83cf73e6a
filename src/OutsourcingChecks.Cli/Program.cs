using System.CommandLine;
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
var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var e in parse.Errors) Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine("Run with --help for usage.");
    return ExitCodes.InvalidInput;
}
try
{
    return parse.Invoke();
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"error: {ex.Message}");
    return ExitCodes.InvalidInput;
}
