using BenchmarkDotNet.Attributes;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Benchmarks;

/// <summary>
/// The figure scanner on the real report's text (facts/csod-2021/source.txt, 3,400 lines): what
/// `coverage`, `stub`, `diff` and drafts spend reading figures (one scanner since issue 15; its unit
/// list grew with the unit registry's scaled forms, which is why this is measured).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FigureScanning
{
    private SourceText _source = null!;
    private LinedText _lined = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OutsourcingChecks.sln"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("OutsourcingChecks.sln not found"), "facts", "csod-2021", "source.txt");
        _source = SourceText.FromText(path, File.ReadAllText(path));
        _lined = new LinedText(_source);
    }

    [Benchmark]
    public int Scanner() => FigureScanner.Scan(_lined).Count();

    [Benchmark]
    public int Coverage() => OutsourcingChecks.Coverage.CoverageAnalyzer.Analyze(new OutsourcingChecks.Model.Report(_source, [], [], [], [], [], [])).Found;
}
