using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>The report formats of `check --format`, each rendering the same check runs.</summary>
public static class ReportFormats
{
    public static readonly string[] Names = ["text", "json", "markdown", "html", "sarif", "junit"];

    public static string Render(string format, IReadOnlyList<CheckRun> runs, bool all) => format switch
    {
        "json" => JsonReport.Render(runs) + "\n",
        "markdown" => MarkdownReport.Render(runs),
        "html" => HtmlReport.Render(runs),
        "sarif" => SarifReport.Render(runs) + "\n",
        "junit" => JUnitReport.Render(runs),
        _ => TextReport.Render(runs, all),
    };

    /// <summary>Invalid input as a document for the machine-read formats (JSON, SARIF); null for the others, which report on standard error only.</summary>
    public static string? RenderDiagnostics(string format, IReadOnlyList<Diagnostic> diagnostics) => format switch
    {
        "json" => JsonReport.Diagnostics(diagnostics) + "\n",
        "sarif" => SarifReport.Diagnostics(diagnostics) + "\n",
        _ => null,
    };
}
