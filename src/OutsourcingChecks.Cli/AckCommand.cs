using System.CommandLine;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Reviewing;

namespace OutsourcingChecks.Cli;

/// <summary>
/// `ack FINDING_ID --reason "..."`: adds or updates the acknowledgement of a discrepancy, pinning the
/// figures as written now; edits the acknowledgements file's text and replaces it atomically; then
/// checks again and lists the stale acknowledgements.
/// </summary>
public static class AckCommand
{
    public static Command Create()
    {
        var finding = new Argument<string>("finding") { Description = "The id of the inconsistent (or already acknowledged) finding" };
        var reason = new Option<string>("--reason") { Description = "Why the discrepancy stands, for an editor", Required = true };
        var file = new Option<string?>("--file") { Description = "The acknowledgements file to edit (default: where the finding is acknowledged already, else rules/NAME/acknowledged/chNN.yaml if that folder exists, else rules/NAME/acknowledged.yaml)" };
        var where = new ReportOptions();
        var command = new Command("ack", "Acknowledge a reviewed discrepancy, with the reason it stands") { finding, reason, file };
        where.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(finding)!, parse.GetValue(reason)!, parse.GetValue(file),
            parse.GetValue(where.Facts), parse.GetValue(where.Rules), parse.GetValue(where.Source)));
        return command;
    }

    public static int Run(string findingId, string reason, string? file, string? facts, string? rules, string? source)
    {
        if (reason.Trim().Length == 0) return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + "--reason is empty; say why the discrepancy stands");
        // The loader refuses these in any field: a reason holding one would make the file unreadable.
        if (Nodes.ControlCharacter(reason) is { } control)
            return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"--reason contains a control character (U+{(int)control:X4}); remove it (line breaks and tabs are allowed)");
        var reports = CheckCommand.Resolve(facts, rules, source, out var usage);
        if (usage is not null) return Fail(usage);

        var found = new List<(ReportPaths Paths, CheckRun Run, Finding Finding)>();
        var known = new List<string>();
        foreach (var paths in reports)
        {
            var run = Check(paths, out var diagnostics);
            if (run is null)
            {
                Console.Error.Write(TextReport.Diagnostics(diagnostics));
                return ExitCodes.InvalidInput;
            }
            known.AddRange(run.Findings.Select(f => f.Id));
            if (run.Findings.FirstOrDefault(f => f.Id == findingId) is { } f) found.Add((paths, run, f));
        }
        if (found.Count == 0) return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"no check has the id '{findingId}'{Suggest(findingId, known)}");
        if (found.Count > 1) return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"'{findingId}' is a check of {found.Count} reports; give --facts to choose one");
        var (reportPaths, current, target) = found[0];
        if (target.Status == FindingStatus.Consistent)
            return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"check '{findingId}' is consistent; there is no discrepancy to acknowledge");
        if (target.Status == FindingStatus.Undecided)
            return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"check '{findingId}' could not be decided ({target.Message}); there is no discrepancy to acknowledge");

        var existing = current.Report.Acknowledgements.FirstOrDefault(a => a.FindingId == findingId);
        var path = file ?? existing?.Location.File ?? DefaultFile(reportPaths, current, target);
        if (existing is not null && file is not null && !SamePath(existing.Location.File, file))
            return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"'{findingId}' is already acknowledged at {existing.Location}; update it there (omit --file) or remove it first");
        if (Directory.Exists(path)) return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"--file {path} is a folder; give a YAML file");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder)) return Fail(CommandLineErrors.Error(CommandLineErrors.BadAcknowledgement) + $"the folder {folder} does not exist");

        var display = ReportLoader.Display(path);
        var bag = new DiagnosticBag();
        var entry = AcknowledgementEntry.For(current, target, reason);
        AcknowledgementEdit? edit = null;
        // Read, edit and write under the folder's lock, from the file as it is now: a concurrent ack
        // of another finding is kept. Only a text the loader reads back as intended is written.
        var written = AtomicFile.Edit(path, old =>
        {
            if (old is not null && HasContent(old) && YamlFile.Parse(old, display, bag) is null) return null; // syntax, tabs, aliases, duplicate keys
            edit = AcknowledgementEditor.Upsert(old, display, entry, bag);
            return edit is not null && ReadsBack(edit.Text, display, entry, current.Report.Source, bag) ? edit.Text : null;
        });
        if (written is null || edit is null)
        {
            Console.Error.Write(TextReport.Diagnostics(bag.Items));
            return ExitCodes.InvalidInput;
        }
        Console.Out.WriteLine($"{(edit.Updated ? "updated" : "added")} the acknowledgement of {findingId} in {display}");

        var after = Check(reportPaths, out var problems);
        if (after is null)
        {
            Console.Error.WriteLine($"warning: {display} was written, but the report no longer loads:");
            Console.Error.Write(TextReport.Diagnostics(problems));
            return ExitCodes.InvalidInput;
        }
        if (after.Findings.FirstOrDefault(f => f.Id == findingId)?.Status != FindingStatus.Acknowledged)
            Console.Error.WriteLine($"warning: {findingId} is still not acknowledged: {display} is not under the rules folder {reportPaths.RulesDirectory}, or it holds another acknowledgement of it first");
        Console.Out.WriteLine(after.StaleAcknowledgements.Count == 0
            ? "no stale acknowledgements"
            : $"stale acknowledgements ({after.StaleAcknowledgements.Count}):");
        foreach (var s in after.StaleAcknowledgements)
            Console.Out.WriteLine($"  ? {s.Acknowledgement.FindingId}: {s.Why}  [{s.Acknowledgement.Location}]");
        return ExitCodes.Clean;
    }

    private static CheckRun? Check(ReportPaths paths, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var (report, problems) = ReportLoader.Load(paths);
        diagnostics = problems;
        if (report is null) return null;
        var run = Engine.Run(report);
        diagnostics = run.Diagnostics;
        return run.Diagnostics.Count > 0 ? null : run;
    }

    /// <summary>
    /// True when the edited text loads as the loader will load it (one YAML document, every
    /// acknowledgement valid) and gives back the entry as intended; else the problems are in the bag.
    /// </summary>
    private static bool ReadsBack(string text, string display, AcknowledgementEntry entry, SourceText source, DiagnosticBag bag)
    {
        var check = new DiagnosticBag();
        var root = YamlFile.Parse(text, display, check);
        Acknowledgement? found = null;
        if (root?.Find("acknowledged") is { } section)
            foreach (var item in Nodes.Items(display, section, "acknowledged", check))
                if (AcknowledgementReader.Read(display, item, source, check) is Acknowledgement a && a.FindingId == entry.FindingId) found ??= a;
        var same = found is not null && found.Reason == entry.Reason
            && found.Figures.Count == entry.Figures.Count && entry.Figures.All(kv => found.Figures.GetValueOrDefault(kv.Key) == kv.Value);
        if (check.HasErrors || !same)
        {
            bag.Add(AcknowledgementEditor.CannotEdit, new Location(display, 0, 0),
                "the edited file would not read back as written (nothing was written)" + (check.HasErrors ? ": " + string.Join("; ", check.Items.Select(d => d.Message)) : ""));
            return false;
        }
        return true;
    }

    private static bool HasContent(string text) =>
        text.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    /// <summary>rules/NAME/acknowledged/chNN.yaml by the chapter of the stated figure when that folder exists, else rules/NAME/acknowledged.yaml.</summary>
    public static string DefaultFile(ReportPaths paths, CheckRun run, Finding finding)
    {
        var folder = Path.Combine(paths.RulesDirectory, "acknowledged");
        if (!Directory.Exists(folder)) return Path.Combine(paths.RulesDirectory, "acknowledged.yaml");
        var line = Discrepancies.Primary(finding)?.SourceLine ?? 0;
        var chapter = ChapterMap.Of(run.Report.Source).At(line);
        return Path.Combine(folder, chapter is null ? "acknowledged.yaml" : $"ch{chapter.Number:00}.yaml");
    }

    private static string Suggest(string id, IEnumerable<string> known)
    {
        var close = known.Where(k => k.Contains(id, StringComparison.OrdinalIgnoreCase) || id.Contains(k, StringComparison.OrdinalIgnoreCase))
            .Distinct().Order(StringComparer.Ordinal).Take(5).ToList();
        return close.Count == 0 ? "" : "; did you mean " + string.Join(", ", close.Select(c => $"'{c}'")) + "?";
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return ExitCodes.InvalidInput;
    }
}
