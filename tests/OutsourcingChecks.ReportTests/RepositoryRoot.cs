namespace OutsourcingChecks.ReportTests;

/// <summary>The repository the tests run in: the folder holding OutsourcingChecks.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "OutsourcingChecks.sln"))) return dir.FullName;
        throw new InvalidOperationException("OutsourcingChecks.sln not found above the test directory");
    }
}
