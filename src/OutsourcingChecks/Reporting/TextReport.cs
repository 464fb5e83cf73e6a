using System.Globalization;
using System.Text;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.ErrorLocalisation;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Grading;
using OutsourcingChecks.Model;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OutsourcingChecks.Reporting;

/// <summary>How the text report is laid out: its width, colour, and whether reviewed findings are shown in full.</summary>
/// <param name="Width">Lines are wrapped to this many columns (East Asian wide characters count two).</param>
/// <param name="Colour">ANSI colour (a terminal that wants it); plain text otherwise.</param>
/// <param name="All">Acknowledged findings in full, and the consistent checks listed.</param>
public sealed record TextOptions(int Width = 100, bool Colour = false, bool All = false);

/// <summary>
/// The report for a terminal or a CI log, in the order of what needs doing: the verdict and a table
/// of counts per report first, then each report's new discrepancies in full, its notes, any other
/// group, and the acknowledged ones one line each (in full with --all). Spectre.Console lays it out:
/// it wraps to the width and measures Chinese text as two columns a character.
/// </summary>
public static partial class TextReport
{
    public static string Render(IReadOnlyList<CheckRun> runs, bool showConsistent = false) =>
        Render(runs, new TextOptions(All: showConsistent));

    public static string Render(IReadOnlyList<CheckRun> runs, TextOptions options)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = options.Colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = options.Colour ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = Math.Max(40, options.Width);
        console.Profile.Capabilities.Unicode = true;
        var digests = RunDigest.Of(runs);
        Overview(console, digests);
        foreach (var d in digests) Details(console, d, options);
        return Tidy(writer.ToString());
    }

    /// <summary>
    /// Table cells are padded to their column, and tables bring blank lines of their own: noise in a
    /// log. Trailing spaces go, and so does a blank line after a blank line; a line that shows nothing
    /// but holds colour codes is kept as codes at the end of the line before it.
    /// </summary>
    private static string Tidy(string text)
    {
        var sb = new StringBuilder();
        var blank = true;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            var visible = AnsiCode().Replace(line, "").Trim().Length > 0;
            if (!visible && blank)
            {
                if (line.Length > 0 && sb.Length > 0) sb.Insert(sb.Length - 1, line.Trim());
                continue;
            }
            blank = !visible;
            sb.Append(visible ? line : line.Trim()).Append('\n');
        }
        return sb.ToString().TrimEnd('\n') + "\n";
    }

    [System.Text.RegularExpressions.GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial System.Text.RegularExpressions.Regex AnsiCode();

    /// <summary>The summary line of one run, as `check --output` prints it on standard error.</summary>
    public static string Summary(CheckRun run)
    {
        var d = RunDigest.Of(run);
        return $"{d.Name}: {d.Verdict}; {d.CountsLine()}";
    }

    public static string Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var sb = new StringBuilder();
        foreach (var d in list) sb.AppendLine(d.ToString());
        sb.AppendLine($"{list.Count} input error{(list.Count == 1 ? "" : "s")}; nothing was checked.");
        return sb.ToString();
    }

    /// <summary>The verdict on the first line, then the counts of every report, a row each.</summary>
    private static void Overview(IAnsiConsole console, IReadOnlyList<RunDigest> digests)
    {
        var failing = digests.Where(d => !d.Passes).ToList();
        var verdict = failing.Count == 0
            ? $"[green bold]PASS[/]  no new discrepancy in {Esc(Names(digests))}"
            : $"[red bold]FAIL[/]  {Esc(string.Join("; ", failing.Select(d => $"{d.Name}: {d.Verdict}")))}";
        console.MarkupLine(verdict);
        console.WriteLine();
        var table = new Table().Border(TableBorder.Simple).BorderStyle(new Style(Color.Grey));
        table.AddColumn(new TableColumn("report").PadLeft(1).PadRight(1));
        var keys = RunDigest.KeysOf(digests);
        foreach (var column in new[] { "facts", "checks" }.Concat(keys).Append("consistent").Append("stale"))
            table.AddColumn(new TableColumn(column).RightAligned().PadLeft(1).PadRight(1));
        foreach (var d in digests)
        {
            var row = new List<IRenderable> { new Text(d.Name), Number(d.Facts), Number(d.Checks) };
            foreach (var key in keys)
            {
                var n = d.Count(key);
                row.Add(n > 0 && key == "new" ? new Markup($"[red bold]{n}[/]") : Number(n));
            }
            row.Add(Number(d.Consistent));
            row.Add(Number(d.Run.StaleAcknowledgements.Count));
            table.AddRow(row);
        }
        console.Write(table);
        foreach (var d in digests.Where(d => d.IdleRules.Count > 0))
            console.Write(Indented(2, new Markup($"[yellow]{Esc($"{d.Name}: {RunDigest.Plural(d.IdleRules.Count, "rule defines", "rules define")} no check (a template that matched no facts): " + string.Join(", ", d.IdleRules.Select(r => $"{r.Id} ({r.Location})")))}[/]")));
        console.WriteLine();
    }

    private static string Names(IReadOnlyList<RunDigest> digests) =>
        digests.Count == 1 ? digests[0].Name : $"{digests.Count} reports ({string.Join(", ", digests.Select(d => d.Name))})";

    private static void Details(IAnsiConsole console, RunDigest d, TextOptions options)
    {
        console.MarkupLine($"[bold]══ {Esc(d.Name)}[/] [grey]({Esc(d.Run.Report.Source.Path)})[/]");
        console.Write(Indented(3, new Text(d.CountsLine())));
        console.WriteLine();
        foreach (var group in d.Groups)
        {
            var brief = group.Brief && !options.All;
            var title = $"{group.Title.ToUpperInvariant()} ({group.Findings.Count})" +
                (group.Explanation is null ? "" : ": " + group.Explanation) + (brief ? "; in full with --all" : "");
            console.MarkupLine(group.Fails ? $"[red bold]{Esc(title)}[/]" : $"[bold]{Esc(title)}[/]");
            if (brief) Brief(console, group.Findings, console.Profile.Width);
            else Full(console, d, group);
            console.WriteLine();
        }
        if (d.Run.StaleAcknowledgements.Count > 0)
        {
            console.MarkupLine($"[yellow bold]STALE ACKNOWLEDGEMENTS ({d.Run.StaleAcknowledgements.Count}: they match no discrepancy now)[/]");
            foreach (var s in d.Run.StaleAcknowledgements)
                console.Write(Indented(2, new Markup($"[yellow]?[/] {Esc(s.Acknowledgement.FindingId)}: {Esc(s.Why)} [grey]{Esc(s.Acknowledgement.Location.ToString())}[/]")));
            console.WriteLine();
        }
        if (d.Run.Report.Attributions.Count > 0)
        {
            console.MarkupLine($"[bold]ATTRIBUTION FINDINGS ({d.Run.Report.Attributions.Count}, recorded by a reader)[/]");
            foreach (var a in d.Run.Report.Attributions)
            {
                console.Write(Indented(2, new Markup($"[yellow]![/] {Esc(a.Id)} [grey]· report line {a.SourceLine}[/] · “{Esc(a.Quote)}”")));
                console.Write(Indented(4, new Text(a.Reason)));
            }
            console.WriteLine();
        }
        if (options.All)
        {
            console.MarkupLine("[bold]CONSISTENT[/]");
            foreach (var f in d.Run.Findings.Where(f => f.Status == FindingStatus.Consistent))
                console.Write(Indented(2, new Markup($"[green]✓[/] {Esc(f.Id)}: {Esc(f.Claim)}")));
            console.WriteLine();
        }
    }

    /// <summary>Reviewed findings, one line each: id, report line, the first sentence of the reason cut to the line.</summary>
    private static void Brief(IAnsiConsole console, IReadOnlyList<Finding> findings, int width)
    {
        var idWidth = Math.Min(findings.Max(f => f.Id.GetCellWidth()), width / 2);
        foreach (var f in findings)
        {
            var id = Cut(f.Id, idWidth);
            var line = Discrepancies.Primary(f)?.SourceLine is { } n ? "line " + n.ToString(CultureInfo.InvariantCulture) : "";
            var head = $"  {id}{new string(' ', idWidth - id.GetCellWidth())}  {line,9}  ";
            var reason = Cut(FirstSentence(f.AcknowledgementReason ?? f.Message), width - head.GetCellWidth());
            console.MarkupLine($"{Esc(head)}[grey]{Esc(reason)}[/]");
        }
    }

    /// <summary>The text cut to the given number of terminal columns, with an ellipsis where it was cut.</summary>
    private static string Cut(string text, int columns)
    {
        if (text.GetCellWidth() <= columns) return text;
        var sb = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = rune.ToString().GetCellWidth();
            if (used + w > columns - 1) break;
            sb.Append(rune.ToString());
            used += w;
        }
        return sb.Append('…').ToString();
    }

    private static string FirstSentence(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        var end = flat.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? flat[..(end + 1)] : flat;
    }

    /// <summary>Each finding in full, with the ones that follow from it (a same-quantity conflict) listed under it.</summary>
    private static void Full(IAnsiConsole console, RunDigest d, FindingGroup group)
    {
        var listed = group.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        string? RootOf(Finding f) => d.Review.VerdictOf(f)?.ConsequenceOf is { } root && listed.Contains(root) ? root : null;
        foreach (var f in group.Findings.Where(f => RootOf(f) is null))
            Finding(console, d, f, group.Fails, group.Findings.Where(c => RootOf(c) == f.Id).ToList());
    }

    private static void Finding(IAnsiConsole console, RunDigest d, Finding f, bool fails, IReadOnlyList<Finding> consequences)
    {
        var mark = fails ? "[red]✗[/]" : f.Status == FindingStatus.Acknowledged ? "[yellow]![/]" : "[blue]~[/]";
        console.Write(Indented(2, new Markup($"{mark} [bold]{Esc(f.Id)}[/]  [grey]{Esc(f.Kind)} · rule {Esc(f.RuleLocation.ToString())}[/]")));
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        void Row(string label, string text) => grid.AddRow(new Text(label, new Style(Color.Grey)), new Text(text));
        if (f.Check is RelationCheck && f.Implied is not null) Row("claim", f.Claim);
        Row("found", Shown.Found(f));
        if (f.Note is not null) Row("note", f.Note);
        if (d.Review.VerdictOf(f) is { } v)
        {
            Row("verdict", VerdictText.Describe(v) + (v.Note is null ? "" : $"; {v.Note}"));
            if (v.ConsequenceOf is not null) Row("follows", $"from {v.ConsequenceOf}");
        }
        if (d.Review.Suggestions.GetValueOrDefault(f.Id) is [var best, ..] list)
        {
            Row("suggestion", SuggestionText.Describe(best));
            var pair = best.Slip is SlipKind.SwappedFigures or SlipKind.StatedTwice && list.Count > 1 && list[1].Slip == best.Slip;
            if (pair) Row("", "and " + SuggestionText.Describe(list[1]));
            // Other figures that would mend as many failing checks: the editor decides between them.
            foreach (var other in list.Skip(pair ? 2 : 1).Where(o => o.ChecksMended.Count == best.ChecksMended.Count).Take(2))
                Row("", "or " + SuggestionText.Describe(other));
        }
        if (f.AcknowledgementReason is not null) Row("reason", f.AcknowledgementReason);
        console.Write(Indented(4, grid));
        console.Write(Indented(4, Figures(f)));
        if (consequences.Count > 0)
        {
            console.Write(Indented(4, new Text($"consequences of {f.Id} ({consequences.Count}, not separate discrepancies):", new Style(Color.Grey))));
            foreach (var c in consequences) console.Write(Indented(6, new Text($"↳ {c.Id}: {c.Claim}")));
        }
        console.WriteLine();
    }

    /// <summary>The figures of a finding: id, value (the stated one marked), report line, quote, facts file and line.</summary>
    private static Table Figures(Finding f)
    {
        var primary = Discrepancies.Primary(f);
        var table = new Table().Border(TableBorder.None).HideHeaders();
        table.AddColumn(new TableColumn("id").PadLeft(0).PadRight(2));
        table.AddColumn(new TableColumn("value").RightAligned().NoWrap().PadLeft(0).PadRight(2));
        table.AddColumn(new TableColumn("line").RightAligned().NoWrap().PadLeft(0).PadRight(2));
        table.AddColumn(new TableColumn("quote").PadLeft(0).PadRight(2));
        // A joint finding's figures each with what the other statements force on it.
        var joint = f.Joint is not null;
        if (joint) table.AddColumn(new TableColumn("forced").NoWrap().PadLeft(0).PadRight(2));
        table.AddColumn(new TableColumn("yaml").PadLeft(0).PadRight(0));
        foreach (var x in f.Figures)
        {
            var stated = x == primary && f.Stated is not null;
            var cells = new List<IRenderable>
            {
                new Text(x.Id), new Text($"{x.Written} {x.Unit}", stated ? new Style(decoration: Decoration.Bold) : Style.Plain),
                new Text("line " + x.SourceLine.ToString(CultureInfo.InvariantCulture)), new Text($"“{x.Quote}”"),
            };
            if (joint) cells.Add(new Text(Shown.Forced(f, x) ?? "", new Style(Color.Grey)));
            cells.Add(new Text($"{Path.GetFileName(x.Location.File)}:{x.Location.Line.ToString(CultureInfo.InvariantCulture)}", new Style(Color.Grey)));
            table.AddRow(cells);
        }
        return table;
    }

    private static IRenderable Number(int n) => new Text(n.ToString(CultureInfo.InvariantCulture));

    private static IRenderable Indented(int left, IRenderable content) => new Padder(content, new Padding(left, 0, 0, 0));

    private static string Esc(string s) => Markup.Escape(s);
}
