using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.ReportTests;

/// <summary>Every report in the repository, loaded and checked once for all the tests.</summary>
public static class ReportRuns
{
    private static readonly Lazy<IReadOnlyList<(string Name, CheckRun? Run, IReadOnlyList<Diagnostic> Diagnostics)>> Cache = new(Load);

    public static IReadOnlyList<(string Name, CheckRun? Run, IReadOnlyList<Diagnostic> Diagnostics)> All => Cache.Value;

    private static IReadOnlyList<(string, CheckRun?, IReadOnlyList<Diagnostic>)> Load()
    {
        var result = new List<(string, CheckRun?, IReadOnlyList<Diagnostic>)>();
        foreach (var dir in Directory.EnumerateDirectories(Path.Combine(RepositoryRoot.Path, "facts")).Order(StringComparer.Ordinal))
        {
            if (!File.Exists(Path.Combine(dir, "source.txt"))) continue;
            var name = Path.GetFileName(dir);
            var (report, diagnostics) = ReportLoader.Load(ReportPaths.InRepository(RepositoryRoot.Path, name));
            if (report is null) { result.Add((name, null, diagnostics)); continue; }
            var run = Engine.Run(report);
            result.Add((name, run, run.Diagnostics));
        }
        return result;
    }
}
