using System.Security.Cryptography;
using Shouldly;

namespace OutsourcingChecks.ReportTests;

[TestFixture]
public class SourceTextTests
{
    [Test]
    public void The_report_text_is_byte_identical_to_the_published_extraction()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "facts", "csod-2021", "source.txt"));
        Convert.ToHexStringLower(SHA256.HashData(bytes))
            .ShouldBe("f65562f5ba64440b01af9adf5013bf618ea9d14a00db978d32bb4b8ff56ca3fd");
    }
}
