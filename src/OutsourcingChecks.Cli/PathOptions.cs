using System.CommandLine;

namespace OutsourcingChecks.Cli;

/// <summary>
/// The options that name a file or a folder: an empty one (<c>--facts ""</c>, an unset shell variable)
/// names nothing, so it is a mistake on the command line (exit 2), found before any command runs,
/// not a path the file system rejects half way (which was exit 70, a stack trace).
/// </summary>
public static class PathOptions
{
    private static readonly string[] Names = ["--facts", "--rules", "--source", "--baseline", "--output", "--file"];

    /// <summary>Adds the check to every path option of every command under <paramref name="root"/>.</summary>
    public static void RefuseEmpty(Command root)
    {
        foreach (var command in root.Subcommands)
        {
            foreach (var option in command.Options.Where(o => Names.Contains(o.Name)))
                option.Validators.Add(result =>
                {
                    if (result.Tokens.Any(t => t.Value.Length == 0))
                        result.AddError($"{option.Name} needs a path, not an empty string");
                });
            RefuseEmpty(command);
        }
    }
}
