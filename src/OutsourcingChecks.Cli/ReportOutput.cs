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
    /// <summary>Returns why the path cannot take the report, or null when it can.</summary>
    public static string? Refusal(string path, IEnumerable<ReportPaths> inputs)
    {
        if (path.Length == 0) return "error: --output needs a file name";
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
            return $"error: --output {path} is a folder; give a file name such as {Path.Combine(path, "report.html")}";
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) return $"error: --output {path}: the folder {dir} does not exist";
        if (new FileInfo(full).LinkTarget is not null)
            return $"error: --output {path} is a symbolic link; refusing to replace it with the report (give the file it points to, or another name)";
        if (File.Exists(full) && FileSystem.KindOf(full) != FileKind.Regular)
            return $"error: --output {path} is not a regular file (a device or a pipe); refusing to replace it";
        // Where the file really goes, every link on the way resolved: a link to the rules folder is the rules folder.
        var real = Path.Combine(FileSystem.RealPath(dir), Path.GetFileName(full));
        foreach (var input in inputs)
        {
            if (SamePath(real, FileSystem.RealPath(input.SourceFile))) return $"error: --output {path} is the report text; refusing to overwrite an input";
            foreach (var folder in new[] { input.FactsDirectory, input.RulesDirectory })
                if (IsUnder(real, FileSystem.RealPath(folder))) return $"error: --output {path} is in the input folder {folder}; refusing to write a report among the facts and rules";
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

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static bool IsUnder(string path, string folder)
    {
        var f = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(f, StringComparison.Ordinal);
    }
}
