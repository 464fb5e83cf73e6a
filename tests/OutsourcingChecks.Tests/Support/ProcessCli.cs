using System.Diagnostics;
using System.Security.Cryptography;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Support;

/// <summary>
/// Runs the command-line tool as a process of its own (the CLI as built beside the tests), for what
/// cannot run in the test's process: a run that would block (a pipe), several runs at once, a run
/// killed half way. Each run's managed heap is capped at 1 GB (a run that needs more fails), and a
/// run still going after <see cref="HangLimit"/> is killed and reported as a hang.
/// </summary>
public static class ProcessCli
{
    /// <summary>A run is taken as hung after this long (a guard against a test that never ends, not a timing).</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromMinutes(2);

    public const string HeapLimit = "0x40000000"; // 1 GB

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "outsourcing-checks.dll");

    /// <summary>Starts the CLI with the arguments in a folder; standard output and error are collected by the caller.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_GCHeapHardLimit"] = HeapLimit;
        return Process.Start(info)!;
    }

    /// <summary>Runs the CLI to its end: its exit code and what it printed.</summary>
    public static (int Exit, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        using var process = Start(workingDirectory, args);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"outsourcing-checks {string.Join(' ', args)} was still running after {HangLimit.TotalSeconds} s (a hang)");
        }
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// Every entry under the folder, in path order: a file with the SHA-256 of its bytes and its
    /// permissions, a symbolic link with its target (not followed), a pipe or device as such.
    /// </summary>
    public static List<string> Hashes(string directory)
    {
        var result = new List<string>();
        void Walk(string dir)
        {
            foreach (var f in Directory.GetFileSystemEntries(dir).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(directory, f);
                if (new FileInfo(f).LinkTarget is { } target) result.Add($"{name} -> {target}");
                else if (Directory.Exists(f)) { result.Add(name + "/"); Walk(f); }
                else if (FileSystem.KindOf(f) != FileKind.Regular && new FileInfo(f).Length == 0) result.Add($"{name} (not a regular file)");
                else
                {
                    using var stream = File.OpenRead(f);
                    var mode = OperatingSystem.IsWindows() ? "" : " " + File.GetUnixFileMode(f);
                    result.Add($"{name} {Convert.ToHexString(SHA256.HashData(stream))}{mode}");
                }
            }
        }
        Walk(directory);
        return result;
    }
}
