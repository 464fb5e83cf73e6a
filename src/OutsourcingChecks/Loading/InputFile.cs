using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Loading;

/// <summary>
/// Reads an input file defensively: only a regular file (a link to /dev/zero or a named pipe is
/// refused before it is opened), and never more than a limit, counted while reading (a file's
/// stated length is not trusted: devices and files that grow say something else).
/// </summary>
public static class InputFile
{
    /// <summary>The file's bytes, or null with a diagnostic at line 1, column 1 of the file.</summary>
    public static byte[]? Read(string path, string displayPath, long maxBytes, DiagnosticBag bag)
    {
        var here = new Location(displayPath, 1, 1);
        try
        {
            switch (FileSystem.KindOf(path))
            {
                case FileKind.Missing:
                    bag.Add(Descriptors.FileUnreadable, here, "no such file");
                    return null;
                case FileKind.Directory:
                    bag.Add(Descriptors.FileUnreadable, here, "it is a folder");
                    return null;
                case FileKind.Other:
                    bag.Add(Descriptors.NotRegularFile, here, displayPath);
                    return null;
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new byte[(int)Math.Min(Math.Max(stream.Length, 0), maxBytes) + 1];
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        bag.Add(Descriptors.FileTooLarge, here, Math.Max(stream.Length, length), maxBytes);
                        return null;
                    }
                    Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, maxBytes + 1));
                }
                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0) break;
                length += read;
            }
            if (length > maxBytes)
            {
                bag.Add(Descriptors.FileTooLarge, here, Math.Max(stream.Length, length), maxBytes);
                return null;
            }
            return length == buffer.Length ? buffer : buffer[..length];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Add(Descriptors.FileUnreadable, here, ex.Message);
            return null;
        }
    }
}
