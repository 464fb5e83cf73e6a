using System.Diagnostics;
using System.Globalization;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Benchmarks;

/// <summary>One run of the check command's stages on a report on disk: the time of each, and the live heap after it.</summary>
public static class Stages
{
    public static int Run(ReportPaths paths)
    {
        var total = Stopwatch.StartNew();
        var clock = Stopwatch.StartNew();
        var (report, diagnostics) = ReportLoader.Load(paths);
        if (report is null) throw new InvalidOperationException(string.Join("\n", diagnostics.Take(5)));
        Print("load", clock);
        clock.Restart();
        var run = Engine.Run(report);
        Print("check", clock);
        clock.Restart();
        var text = TextReport.Render([run]);
        Print("text report", clock);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"total {total.Elapsed.TotalSeconds:0.00} s; {text.Length:N0} characters; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB; allocated {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MB"));
        GC.KeepAlive(run);
        return 0;
    }

    private static void Print(string stage, Stopwatch clock)
    {
        var time = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes() / 1048576.0;
        var live = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stage,-12} {time,7:0.00} s   live after: {live,7:N0} MB   allocated so far: {allocated,8:N0} MB   collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:0.0} s"));
    }
}
