namespace OutsourcingChecks.Tests.Support;

/// <summary>Excerpts of the real report text in the repository (facts/csod-2021/source.txt, pinned by the report suite).</summary>
public static class RealText
{
    public static string Path { get; } = Find();

    /// <summary>Lines [first, last] (1-based, inclusive) of the real text, joined with '\n'.</summary>
    public static string Lines(int first, int last) =>
        string.Join("\n", File.ReadAllLines(Path).Skip(first - 1).Take(last - first + 1)) + "\n";

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OutsourcingChecks.sln")))
                return System.IO.Path.Combine(dir.FullName, "facts", "csod-2021", "source.txt");
        throw new InvalidOperationException("OutsourcingChecks.sln not found above the test directory");
    }
}
