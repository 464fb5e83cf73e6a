namespace OutsourcingChecks.Tests.Support;

/// <summary>The repository the tests run in (the folder holding OutsourcingChecks.sln) and a scratch folder per test.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A new empty folder under the temp directory.</summary>
    public static string Scratch()
    {
        var dir = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "OutsourcingChecks.sln"))) return dir.FullName;
        throw new InvalidOperationException("OutsourcingChecks.sln not found above the test directory");
    }
}
