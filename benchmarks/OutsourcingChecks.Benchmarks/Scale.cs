using System.Diagnostics;
using System.Globalization;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Synthetic;

namespace OutsourcingChecks.Benchmarks;

/// <summary>A quick in-process scale table (median of a few runs per size), without BenchmarkDotNet's ceremony.</summary>
public static class Scale
{
    /// <summary>What the check command does after start-up: load, check, render the text report.</summary>
    public static int LoadCheckRender(ReportPaths paths)
    {
        var (report, diagnostics) = ReportLoader.Load(paths);
        if (report is null) throw new InvalidOperationException(string.Join("\n", diagnostics.Take(5)));
        var run = Engine.Run(report);
        if (run.Diagnostics.Count > 0) throw new InvalidOperationException(string.Join("\n", run.Diagnostics.Take(5)));
        return TextReport.Render([run]).Length + run.Inconsistent;
    }

    public static int Run(IReadOnlyList<int> sizes, int runs)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine("| facts | rules + same-quantity checks | median load+check+render | per 1,000 facts | allocated | ratio to previous size |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        double? previous = null;
        foreach (var size in sizes)
        {
            var dir = Path.Combine(Path.GetTempPath(), "oc-bench", $"{size}-{Guid.NewGuid():N}");
            try
            {
                var paths = SyntheticReport.Write(dir, size);
                var (report, _) = ReportLoader.Load(paths);
                var checks = Engine.Run(report!).Findings.Count;
                report = null;
                var times = new List<double>();
                long allocated = 0;
                for (var i = 0; i < runs; i++)
                {
                    GC.Collect();
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var clock = Stopwatch.StartNew();
                    LoadCheckRender(paths);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
                }
                var median = times.Order().ElementAt(times.Count / 2);
                var ratio = previous is { } p ? (median / p).ToString("0.0", culture) : "";
                Console.WriteLine(string.Create(culture,
                    $"| {size:N0} | {checks:N0} | {median:N0} ms | {median / size * 1000:0.0} ms | {allocated / 1024.0 / 1024:N0} MB | {ratio} |"));
                previous = median;
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        return 0;
    }
}
