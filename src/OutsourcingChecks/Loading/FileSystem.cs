using System.Runtime.InteropServices;

namespace OutsourcingChecks.Loading;

/// <summary>What a path names, once symbolic links are followed.</summary>
public enum FileKind { Missing, Regular, Directory, Other }

/// <summary>
/// What .NET does not say about a path on Unix: whether it is a regular file (not a device, a pipe or
/// a socket, which .NET opens and reads like one: /dev/zero never ends, a pipe blocks), and where it
/// really is (every symbolic link on the way resolved). On other systems, or where the native calls
/// are missing, it answers from .NET alone: a file whose length is 0 is then not taken as regular,
/// since devices and pipes report that length.
/// </summary>
public static partial class FileSystem
{
    public static FileKind KindOf(string path)
    {
        if (Directory.Exists(path)) return FileKind.Directory;
        if (!File.Exists(path)) return FileKind.Missing;
        if (StatMode(path) is { } mode) return (mode & TypeMask) == RegularType ? FileKind.Regular : FileKind.Other;
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true) as FileInfo ?? new FileInfo(path);
        return target.Exists && target.Length > 0 ? FileKind.Regular : FileKind.Other;
    }

    /// <summary>The path with every symbolic link resolved (POSIX realpath), or its full path where that cannot be had.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows()) return full;
        try
        {
            var resolved = Native.RealPath(full, IntPtr.Zero);
            if (resolved == IntPtr.Zero) return full;
            try { return Marshal.PtrToStringUTF8(resolved) ?? full; }
            finally { Native.Free(resolved); }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return full;
        }
    }

    /// <summary>The owner of a file (links followed), where it can be had: to give a file that replaces it the same.</summary>
    public static (int User, int Group)? OwnerOf(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            var status = new byte[256];
            return Native.Stat(path, status) == 0 ? (BitConverter.ToInt32(status, 8), BitConverter.ToInt32(status, 12)) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Gives a file an owner (as root; elsewhere only what chown allows); false when it cannot.</summary>
    public static bool SetOwner(string path, (int User, int Group) owner)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return Native.Chown(path, owner.User, owner.Group) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    /// <summary>
    /// The file type and mode bits of a path (links followed), from the stat call the .NET runtime
    /// itself uses on Unix (System.Native's SystemNative_Stat: its mode, user and group fields have
    /// stood at bytes 4, 8 and 12 of its status record since .NET Core 1); null where it cannot be had.
    /// </summary>
    private static int? StatMode(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            var status = new byte[256]; // larger than the runtime's status record
            return Native.Stat(path, status) == 0 ? BitConverter.ToInt32(status, 4) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);

        [DllImport("libc", EntryPoint = "realpath")]
        public static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

        [DllImport("libc", EntryPoint = "chown")]
        public static extern int Chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int user, int group);

        [DllImport("libc", EntryPoint = "free")]
        public static extern void Free(IntPtr pointer);
    }
}
