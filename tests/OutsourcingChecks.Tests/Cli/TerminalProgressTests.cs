using FluentAssertions;
using OutsourcingChecks.Cli;

namespace OutsourcingChecks.Tests.Cli;

[TestFixture, NonParallelizable]
public class TerminalProgressTests
{
    [Test]
    public void Progress_stays_quiet_when_standard_error_is_redirected()
    {
        Console.IsErrorRedirected.Should().BeTrue("the test host redirects standard error");
        var saved = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            using (var progress = new TerminalProgress("audit", 10))
                for (var i = 1; i <= 10; i++) progress.Report(i);
        }
        finally
        {
            Console.SetError(saved);
        }
        captured.ToString().Should().BeEmpty();
    }
}
