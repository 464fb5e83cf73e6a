using System.Runtime.InteropServices;

namespace OutsourcingChecks.Reviewing;

/// <summary>
/// An exclusive lock on a folder, held by one writer at a time (an `ack` editing an acknowledgements
/// file, a report written with --output): the operating system's advisory lock on the folder itself
/// (flock), so it creates no file and is released when the process ends, however it ends. Where
/// that cannot be had (Windows, a file system without flock), a lock file in the folder is held
/// open exclusively instead, and deleted when it is closed.
/// </summary>
public sealed class FolderLock : IDisposable
{
    /// <summary>How long a writer waits for another to finish before giving up.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    private const string LockFileName = ".outsourcing-checks.lock";

    private int _descriptor = -1;
    private FileStream? _lockFile;

    private FolderLock()
    {
    }

    /// <summary>Waits for the folder's lock; throws <see cref="IOException"/> when another writer holds it longer than the timeout.</summary>
    public static FolderLock Acquire(string folder, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var held = new FolderLock();
        while (true)
        {
            if (held.TryTake(folder)) return held;
            if (DateTime.UtcNow > deadline)
            {
                held.Dispose();
                throw new IOException($"another run is writing in {folder} (it holds the folder's lock); try again when it has finished");
            }
            Thread.Sleep(Random.Shared.Next(10, 40));
        }
    }

    private bool TryTake(string folder)
    {
        if (!OperatingSystem.IsWindows() && _lockFile is null)
        {
            try
            {
                if (_descriptor < 0) _descriptor = Native.Open(folder, 0 /* O_RDONLY */);
                if (_descriptor >= 0)
                {
                    if (Native.Flock(_descriptor, LockExclusive | LockNonBlocking) == 0) return true;
                    var errno = Marshal.GetLastPInvokeError();
                    if (errno is 11 or 35) return false; // EWOULDBLOCK (Linux, macOS): another holds it
                    Native.Close(_descriptor); // no flock here: fall back to the lock file
                    _descriptor = -1;
                }
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // no libc to call: fall back to the lock file
            }
        }
        try
        {
            _lockFile = new FileStream(Path.Combine(folder, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            return false; // held by another
        }
    }

    public void Dispose()
    {
        if (_descriptor >= 0)
        {
            Native.Close(_descriptor); // closing releases the lock
            _descriptor = -1;
        }
        _lockFile?.Dispose();
        _lockFile = null;
    }

    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;

    private static class Native
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
        public static extern int Flock(int descriptor, int operation);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int descriptor);
    }
}
