using System.Text;
using OutsourcingChecks.Diagnostics;

namespace OutsourcingChecks.Cli;

/// <summary>
/// Where `stub` and `propose` write what they propose: a file that must not exist yet. A proposal is
/// the start of a user's own file, so an existing one (or a link, even a dangling one) is never replaced.
/// </summary>
public static class NewFile
{
    /// <summary>Why <paramref name="path"/> cannot be written before any work is done, or null.</summary>
    public static string? Refusal(string path, string command) =>
        File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null
            ? CommandLineErrors.Error(CommandLineErrors.Usage) + $"{path} exists; {command} never overwrites a file: choose another --output, or delete it first"
            : null;

    /// <summary>Creates <paramref name="path"/> with <paramref name="text"/>; returns why it could not, or null.</summary>
    public static string? Write(string path, string text, string command)
    {
        try
        {
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(file, new UTF8Encoding(false));
            writer.Write(text);
            return null;
        }
        catch (IOException) when (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            // created by someone else since the first look
            return CommandLineErrors.Error(CommandLineErrors.Usage) + $"{path} exists; {command} never overwrites a file";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CommandLineErrors.Error(CommandLineErrors.ReadWriteFailed) + $"cannot write {path}: {Printable.Line(ex.Message)}";
        }
    }
}
