using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>The report formats of `check --format`, each rendering the same check runs.</summary>
public static class ReportFormats
{
    public static readonly string[] Names = ["text", "json", "markdown", "html", "sarif", "junit"];

    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the report in the format; JSON, which holds every fact and finding, is streamed rather than built as one string.</summary>
    public static void Write(Stream to, string format, IReadOnlyList<CheckRun> runs, bool all)
    {
        if (format == "json")
        {
            JsonReport.Write(to, runs);
            to.Write("\n"u8);
        }
        else to.Write(Utf8.GetBytes(Render(format, runs, all)));
    }

    private static string Render(string format, IReadOnlyList<CheckRun> runs, bool all) => format switch
    {
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
