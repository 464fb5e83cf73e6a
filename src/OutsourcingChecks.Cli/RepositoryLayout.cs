using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Cli;

/// <summary>Finds the reports of a repository: every folder under facts/ that holds a source.txt.</summary>
public static class RepositoryLayout
{
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "facts")) && Directory.Exists(Path.Combine(dir.FullName, "rules")))
                return dir.FullName;
        return null;
    }

    public static IReadOnlyList<ReportPaths> Reports(string root) =>
        Directory.EnumerateDirectories(Path.Combine(root, "facts"))
            .Where(d => File.Exists(Path.Combine(d, "source.txt")))
            .Select(d => ReportPaths.InRepository(root, Path.GetFileName(d)))
            .OrderBy(p => p.FactsDirectory, StringComparer.Ordinal)
            .ToList();
}
