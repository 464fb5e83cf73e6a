using OutsourcingChecks.Loading;
using OutsourcingChecks.Reviewing;

namespace OutsourcingChecks.Cli;

/// <summary>
/// Where `check` writes its report: standard output, or the file of --output, replaced atomically.
/// Refuses a folder, a missing folder, a symbolic link, anything but a regular file, the report text,
/// and any file inside the facts or rules folders (links on the way resolved).
/// </summary>
public static class ReportOutput
{
    private static string Bad => CommandLineErrors.Error(CommandLineErrors.BadOutput);

    /// <summary>Returns why the path cannot take the report, or null when it can.</summary>
    public static string? Refusal(string path, IEnumerable<ReportPaths> inputs)
    {
        if (path.Length == 0) return CommandLineErrors.Error(CommandLineErrors.BadOutput) + "--output needs a file name";
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
            return CommandLineErrors.Error(CommandLineErrors.BadOutput) + $"--output {path} is a folder; give a file name such as {Path.Combine(path, "report.html")}";
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) return Bad + $"--output {path}: the folder {dir} does not exist";
        if (new FileInfo(full).LinkTarget is not null)
            return Bad + $"--output {path} is a symbolic link; refusing to replace it with the report (give the file it points to, or another name)";
        if (File.Exists(full) && FileSystem.KindOf(full) != FileKind.Regular)
            return Bad + $"--output {path} is not a regular file (a device or a pipe); refusing to replace it";
        // Where the file really goes, every link on the way resolved: a link to the rules folder is the rules folder.
        var real = Path.Combine(FileSystem.RealPath(dir), Path.GetFileName(full));
        foreach (var input in inputs)
        {
            if (SamePath(real, FileSystem.RealPath(input.SourceFile))) return Bad + $"--output {path} is the report text; refusing to overwrite an input";
            foreach (var folder in new[] { input.FactsDirectory, input.RulesDirectory })
                if (IsUnder(real, FileSystem.RealPath(folder))) return Bad + $"--output {path} is in the input folder {folder}; refusing to write a report among the facts and rules";
        }
        return null;
    }

    public static void Write(string? path, string text)
    {
        if (path is null) Console.Out.Write(text);
        else AtomicFile.Write(path, text);
    }

    /// <summary>Writes a report as it is produced, without holding it whole.</summary>
    public static void Write(string? path, Action<Stream> write)
    {
        if (path is not null)
        {
            AtomicFile.Write(path, write);
            return;
        }
        using var stdout = new TextWriterStream(Console.Out);
        write(stdout);
        stdout.Flush();
    }

    /// <summary>
    /// Standard output as the program sees it (a caller may have replaced it), through a 64 KB buffer:
    /// for a report of millions of lines, written as it is made. Dispose it to flush.
    /// </summary>
    public static TextWriter BufferedStandardOutput() =>
        new StreamWriter(new TextWriterStream(Console.Out), new System.Text.UTF8Encoding(false), 1 << 16);

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static bool IsUnder(string path, string folder)
    {
        var f = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(f, StringComparison.Ordinal);
    }
}
