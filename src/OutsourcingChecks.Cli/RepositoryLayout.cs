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

    /// <summary>A facts folder holding this file is an example (the tutorial's): checked only when named with --facts.</summary>
    public const string ExampleMarker = "EXAMPLE.md";

    /// <summary>The reports a run without --facts checks: every folder with a source.txt, except the examples.</summary>
    public static IReadOnlyList<ReportPaths> Reports(string root) =>
        Directory.EnumerateDirectories(Path.Combine(root, "facts"))
            .Where(d => File.Exists(Path.Combine(d, "source.txt")) && !IsExample(d))
            .Select(d => ReportPaths.InRepository(root, Path.GetFileName(d)))
            .OrderBy(p => p.FactsDirectory, StringComparer.Ordinal)
            .ToList();

    public static bool IsExample(string factsDirectory) => File.Exists(Path.Combine(factsDirectory, ExampleMarker));

    /// <summary>The example folders a run without --facts leaves out.</summary>
    public static IReadOnlyList<string> Examples(string root) =>
        Directory.EnumerateDirectories(Path.Combine(root, "facts")).Where(IsExample).Order(StringComparer.Ordinal).ToList();
}
