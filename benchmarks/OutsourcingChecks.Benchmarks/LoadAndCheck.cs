using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Synthetic;

namespace OutsourcingChecks.Benchmarks;

/// <summary>
/// Load, check and render a synthetic report of 1,000 to 1,000,000 facts in process: what the
/// check command does after start-up. One launch, one warm-up, five measured runs (a run of the
/// largest report takes seconds, so the many short iterations of the default job would not help).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LoadAndCheck
{
    private string _directory = "";
    private ReportPaths _paths = null!;

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    /// <summary>1,000 to 1,000,000 facts, or the sizes in OC_BENCH_SIZES (space-separated) for a shorter run.</summary>
    public static IEnumerable<int> Sizes =>
        Environment.GetEnvironmentVariable("OC_BENCH_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))
            : [1_000, 10_000, 100_000, 1_000_000];

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "oc-bench", $"{Facts}-{Guid.NewGuid():N}");
        _paths = SyntheticReport.Write(_directory, Facts);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public int LoadCheckRender() => Scale.LoadCheckRender(_paths);
}
