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
    public static void Write(Stream to, string format, IReadOnlyList<CheckRun> runs, bool all) =>
        Write(to, format, runs, new TextOptions(All: all));

    /// <summary>
    /// The text layout for where the report goes: a terminal gets its width and colour (unless
    /// NO_COLOR is set); a file, a pipe or a CI log gets 100 columns of plain text.
    /// </summary>
    public static TextOptions TextOptionsFor(string? output, bool all)
    {
        var terminal = output is null && !Console.IsOutputRedirected;
        var width = 100;
        if (terminal)
        {
            try { width = Console.WindowWidth > 0 ? Console.WindowWidth : 100; }
            catch (IOException) { terminal = false; }
        }
        var colour = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new TextOptions(width, colour, all);
    }

    public static void Write(Stream to, string format, IReadOnlyList<CheckRun> runs, TextOptions text, MarkdownOptions? markdown = null)
    {
        if (format == "json")
        {
            JsonReport.Write(to, runs);
            to.Write("\n"u8);
        }
        else to.Write(Utf8.GetBytes(Render(format, runs, text, markdown ?? new MarkdownOptions())));
    }

    private static string Render(string format, IReadOnlyList<CheckRun> runs, TextOptions text, MarkdownOptions markdown) => format switch
    {
        "markdown" => MarkdownReport.Render(runs, markdown),
        "html" => HtmlReport.Render(runs),
        "sarif" => SarifReport.Render(runs) + "\n",
        "junit" => JUnitReport.Render(runs),
        _ => TextReport.Render(runs, text),
    };

    /// <summary>Invalid input as a document for the machine-read formats (JSON, SARIF); null for the others, which report on standard error only.</summary>
    public static string? RenderDiagnostics(string format, IReadOnlyList<Diagnostic> diagnostics) => format switch
    {
        "json" => JsonReport.Diagnostics(diagnostics) + "\n",
        "sarif" => SarifReport.Diagnostics(diagnostics) + "\n",
        _ => null,
    };
}
