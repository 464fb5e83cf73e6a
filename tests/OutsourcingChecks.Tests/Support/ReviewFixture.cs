using System.Text;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Tests.Support;

/// <summary>
/// A two-chapter report for the review formats and the ack command: an inconsistent sum in chapter 1
/// whose first figure's quote holds a script tag, a same-quantity conflict in chapter 2 acknowledged with
/// a reason holding markup, a consistent share, and a stale acknowledgement. The report folder is
/// named <c>demo</c> (facts/demo, rules/demo).
/// </summary>
public sealed class ReviewFixture
{
    public const string ScriptQuote = "<script>alert(1)</script> 100.0 亿美元";
    public const string AckReason = "Chapter 2 repeats <img src=x onerror=alert(1)> & rounds differently";
    public const string SumId = "sum.parts";
    public const string SameId = "same.e.vs.f";

    public static readonly string Source = string.Join("\n",
        "Test report",
        "目录",
        "第一章 总览 ........ 1",
        "第二章 细分 ........ 5",
        "第一章 总览",
        "A " + ScriptQuote,
        "B 60.0 亿美元",
        "C 50.0 亿美元",
        "C is 50.0% of A",
        "第二章 细分",
        "E grew 22.8%",
        "F grew 22.9%",
        "");

    public const string Facts = """
        facts:
          - id: a
            value: 100.0
            unit: 亿美元
            line: 6
            quote: "<script>alert(1)</script> 100.0 亿美元"
          - id: b
            value: 60.0
            unit: 亿美元
            line: 7
            quote: B 60.0 亿美元
          - id: c
            value: 50.0
            unit: 亿美元
            line: 8
            quote: C 50.0 亿美元
          - id: s
            value: 50.0
            unit: "%"
            line: 9
            quote: C is 50.0% of A
          - id: e
            value: 22.8
            unit: "%"
            measure: growth
            period: "2021"
            line: 11
            quote: E grew 22.8%
          - id: f
            value: 22.9
            unit: "%"
            measure: growth
            period: "2021"
            line: 12
            quote: F grew 22.9%
        """;

    public const string Rules = """
        rules:
          - id: sum.parts
            kind: sum
            parts: [b, c]
            total: a
          - id: share.c
            kind: share
            part: c
            whole: a
            share: s
        """;

    public const string Acknowledged = """
        # Reviewed discrepancies of the demo report.
        acknowledged:
          # the two growth rates
          - finding: same.e.vs.f
            figures: { e: "22.8", f: "22.9" }
            reason: >-
              Chapter 2 repeats <img src=x onerror=alert(1)> & rounds differently

          - finding: no.such.finding
            figures: { a: "100.0" }
            reason: an old review
        # end of file
        """;

    public string Root { get; }
    public ReportPaths Paths { get; }
    public string AcknowledgedFile => Path.Combine(Paths.RulesDirectory, "acknowledged.yaml");

    public ReviewFixture(string? facts = null, string? acknowledged = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        var f = Path.Combine(Root, "facts", "demo");
        var r = Path.Combine(Root, "rules", "demo");
        Directory.CreateDirectory(f);
        Directory.CreateDirectory(r);
        var utf8 = new UTF8Encoding(false);
        File.WriteAllText(Path.Combine(f, "source.txt"), Source, utf8);
        File.WriteAllText(Path.Combine(f, "facts.yaml"), facts ?? Facts, utf8);
        File.WriteAllText(Path.Combine(r, "rules.yaml"), Rules, utf8);
        File.WriteAllText(Path.Combine(r, "acknowledged.yaml"), acknowledged ?? Acknowledged, utf8);
        Paths = new ReportPaths(f, r, Path.Combine(f, "source.txt"));
    }

    public CheckRun Run()
    {
        var (report, diagnostics) = ReportLoader.Load(Paths);
        if (report is null) throw new InvalidOperationException(string.Join("\n", diagnostics));
        var run = Engine.Run(report);
        if (run.Diagnostics.Count > 0) throw new InvalidOperationException(string.Join("\n", run.Diagnostics));
        return run;
    }
}
