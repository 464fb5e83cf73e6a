using System.Text;
using System.Text.RegularExpressions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Reviewing;

/// <summary>
/// Writes a file all at once: the text goes to a temporary file beside it, which is flushed to disk
/// and then renamed over the target. A reader sees the old file or the new one, never half of either;
/// if anything fails, the target is untouched and the temporary file is removed. Writers of one
/// folder take turns (<see cref="FolderLock"/>), and each removes the temporary files a killed writer
/// left. A file that is replaced keeps its permissions (and, where the writer may, its owner); a
/// read-only file, a file that cannot be written, and anything that is not a regular file are
/// refused with an <see cref="IOException"/> that says why.
/// </summary>
public static partial class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>What to do when the path is a symbolic link.</summary>
    public enum Links
    {
        /// <summary>Refuse it: a report must not replace a link (to /dev/stdout, say) with a file.</summary>
        Refuse,

        /// <summary>Write the file the link points to, keeping the link (a shared acknowledgements file).</summary>
        Follow,
    }

    public static void Write(string path, string text, Links links = Links.Refuse) => Write(path, stream => stream.Write(Utf8.GetBytes(text)), links);

    /// <summary>Writes what <paramref name="write"/> puts into the stream (a large report need not be held as one string).</summary>
    public static void Write(string path, Action<Stream> write, Links links = Links.Refuse)
    {
        var target = Target(path, links);
        using var held = FolderLock.Acquire(Path.GetDirectoryName(target)!);
        Replace(target, write);
    }

    /// <summary>
    /// Reads the file's text (null when it does not exist) and replaces it with what
    /// <paramref name="edit"/> makes of it, all under the folder's lock, so that two editors of one
    /// file never lose each other's edits. When <paramref name="edit"/> returns null nothing is written.
    /// Returns the target written (the file a link points to), or null.
    /// </summary>
    public static string? Edit(string path, Func<string?, string?> edit, Links links = Links.Follow)
    {
        var target = Target(path, links);
        using var held = FolderLock.Acquire(Path.GetDirectoryName(target)!);
        string? old = null;
        if (File.Exists(target))
        {
            var bag = new DiagnosticBag();
            var bytes = InputFile.Read(target, ReportLoader.Display(target), YamlFile.MaxBytes, bag);
            old = bytes is null ? null : YamlFile.Decode(bytes, ReportLoader.Display(target), bag);
            if (old is null) throw new IOException(string.Join("; ", bag.Items.Select(d => d.ToString())));
        }
        var text = edit(old);
        if (text is null) return null;
        Replace(target, stream => stream.Write(Utf8.GetBytes(text)));
        return target;
    }

    /// <summary>The file to write: the path itself, or the file a link points to; refusals as <see cref="IOException"/>.</summary>
    private static string Target(string path, Links links)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"{path} is a directory, not a file");
        if (new FileInfo(full).LinkTarget is not null)
        {
            if (links == Links.Refuse) throw new IOException($"{path} is a symbolic link; refusing to replace it (give the file it points to, or another name)");
            full = Path.GetFullPath(File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full);
            if (Directory.Exists(full)) throw new IOException($"{path} points to a directory, not a file");
        }
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new IOException($"the folder {dir} does not exist");
        return full;
    }

    private static void Replace(string target, Action<Stream> write)
    {
        var dir = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target);
        RemoveLeftovers(dir, name);
        UnixFileMode? mode = null;
        (int, int)? owner = null;
        if (File.Exists(target))
        {
            if (FileSystem.KindOf(target) != FileKind.Regular) throw new IOException($"{target} is not a regular file; refusing to replace it");
            if (!OperatingSystem.IsWindows())
            {
                mode = File.GetUnixFileMode(target);
                if ((mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
                    throw new IOException($"{target} is read-only; refusing to replace it (make it writable first, or write another file)");
                owner = FileSystem.OwnerOf(target);
            }
            try
            {
                // An immutable file, or one this user may not write, is refused before anything is written.
                using var probe = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            }
            catch (UnauthorizedAccessException)
            {
                throw new IOException($"{target} cannot be written (its permissions or attributes forbid it); refusing to replace it");
            }
        }
        var temp = Path.Combine(dir, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            if (mode is { } m && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, m);
            if (owner is { } o && FileSystem.OwnerOf(temp) != o) FileSystem.SetOwner(temp, o);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>
    /// Removes the temporary files of this target that a writer killed before its rename left behind:
    /// every writer makes them only while it holds the folder's lock, so one found by the holder is
    /// no other writer's.
    /// </summary>
    private static void RemoveLeftovers(string dir, string name)
    {
        var prefix = $".{name}";
        foreach (var file in Directory.EnumerateFiles(dir, "*.tmp"))
        {
            var own = Path.GetFileName(file);
            if (own.StartsWith(prefix, StringComparison.Ordinal) && Leftover().IsMatch(own[prefix.Length..])) File.Delete(file);
        }
    }

    [GeneratedRegex(@"^\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex Leftover();
}
