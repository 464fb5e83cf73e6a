using System.Text;

namespace OutsourcingChecks.Reviewing;

/// <summary>
/// Writes a file all at once: the text goes to a temporary file beside it, which is flushed to disk
/// and then renamed over the target. A reader sees the old file or the new one, never half of either;
/// if anything fails, the target is untouched and the temporary file is removed.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static void Write(string path, string text) => Write(path, stream => stream.Write(Utf8.GetBytes(text)));

    /// <summary>Writes what <paramref name="write"/> puts into the stream (a large report need not be held as one string).</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"{path} is a directory, not a file");
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new IOException($"the folder {dir} does not exist");
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
