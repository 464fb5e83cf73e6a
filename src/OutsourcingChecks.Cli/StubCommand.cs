using System.CommandLine;
using System.Text;
using OutsourcingChecks.Authoring;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;

namespace OutsourcingChecks.Cli;

/// <summary>`stub`: write a facts file with one proposed fact per figure of the text that no fact covers.</summary>
public static class StubCommand
{
    public static Command Create()
    {
        var source = new Option<string?>("--source") { Description = "The report text (default: source.txt in the --facts folder); a vocabulary.yaml beside it extends the words stubs are read with" };
        var lines = new Option<string?>("--lines") { Description = "Only the report lines A-B (1-based, inclusive; default: all)" };
        var facts = new Option<string?>("--facts") { Description = "Folder of the facts so far: figures they cover get no stub" };
        var output = new Option<string?>("--output") { Description = "The facts file to write (never overwritten; default: standard output)" };
        var command = new Command("stub", "Propose facts for the figures of a report text that no fact covers yet") { source, lines, facts, output };
        command.SetAction(parse => Run(parse.GetValue(source), parse.GetValue(lines), parse.GetValue(facts), parse.GetValue(output), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string? sourcePath, string? lines, string? factsDirectory, string? output, TextWriter stdout, TextWriter stderr)
    {
        sourcePath ??= factsDirectory is null ? null : Path.Combine(factsDirectory, "source.txt");
        if (sourcePath is null) return Fail(stderr, CommandLineErrors.Error(CommandLineErrors.Usage) + "give the report text with --source FILE (or a --facts folder holding source.txt)");
        if (output is not null && NewFile.Refusal(output, "stub") is { } refused) return Fail(stderr, refused);

        var bag = new DiagnosticBag();
        SourceText? source;
        IReadOnlyList<Fact> known = [];
        IReadOnlyList<Skipped> skipped = [];
        UnitRegistry units;
        if (factsDirectory is not null)
        {
            // The facts folder is read as its own rules folder: only its facts and skipped entries matter here.
            var (report, diagnostics) = ReportLoader.Load(new ReportPaths(factsDirectory, factsDirectory, sourcePath));
            var problems = diagnostics.Where(d => d.Descriptor != Descriptors.NoFacts).ToList();
            if (problems.Count > 0)
            {
                // the vocabulary's problems too, all at once (the loader read vocabulary.yaml as YAML only: a problem both saw is listed once)
                VocabularyFile.For(factsDirectory, bag);
                stderr.Write(TextReport.Diagnostics(problems.Concat(bag.Sorted()).DistinctBy(d => (d.Location, d.Code)).ToList()));
                return ExitCodes.InvalidInput;
            }
            source = report?.Source ?? ReadSource(sourcePath, bag);
            known = report?.Facts ?? [];
            skipped = report?.Skipped ?? [];
            // A folder with no facts yet still declares its units (read without error: the loader found none).
            units = report?.Units ?? UnitsReader.Read(factsDirectory, bag);
        }
        else
        {
            source = ReadSource(sourcePath, bag);
            units = UnitsReader.Read(Path.GetDirectoryName(Path.GetFullPath(sourcePath))!, bag); // units.yaml beside the text
        }
        // the vocabulary's problems with the text's and the units' (all at once)
        var vocabulary = VocabularyFile.For(factsDirectory ?? Path.GetDirectoryName(Path.GetFullPath(sourcePath)), bag);
        if (bag.HasErrors || source is null)
        {
            stderr.Write(TextReport.Diagnostics(bag.Sorted()));
            return ExitCodes.InvalidInput;
        }
        if (!TryParseLines(lines, source.Lines.Count, out var first, out var last, out var why)) return Fail(stderr, CommandLineErrors.Error(CommandLineErrors.Usage) + $"--lines {lines}: {why}");

        var result = Stubber.Stub(source, first, last, known, skipped, units, vocabulary);
        var yaml = StubWriter.Render(result, Path.GetFileName(sourcePath));
        var summary = $"{result.FiguresFound} figures on lines {first}-{last}, {result.Covered} covered by facts or skipped entries, "
            + $"{result.Stubs.Count} stubs ({result.Stubs.Count(s => s.Todo.Count > 0)} with a TODO), {result.Skips.Count} skipped entries proposed";
        if (output is null)
        {
            stdout.Write(yaml);
            stderr.WriteLine(summary);
            return ExitCodes.Clean;
        }
        if (NewFile.Write(output, yaml, "stub") is { } failed) return Fail(stderr, failed);
        stdout.WriteLine($"{summary}; written to {output}");
        return ExitCodes.Clean;
    }

    private static SourceText? ReadSource(string path, DiagnosticBag bag) => ReportLoader.ReadSource(path, bag);

    /// <summary>Parses "A-B" (or a single line "A") within 1..count; no range means every line.</summary>
    public static bool TryParseLines(string? text, int count, out int first, out int last, out string? why)
    {
        (first, last, why) = (1, count, null);
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split('-', 2);
        if (!int.TryParse(parts[0], out first) || !int.TryParse(parts.Length == 2 ? parts[1] : parts[0], out last))
            why = "expected A-B, two line numbers";
        else if (first < 1 || last > count || first > last)
            why = $"the range must lie within 1-{count} with A <= B";
        return why is null;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        return ExitCodes.InvalidInput;
    }
}
