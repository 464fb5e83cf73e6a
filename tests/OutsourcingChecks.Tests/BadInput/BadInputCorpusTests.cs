using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.BadInput;

/// <summary>
/// The bad-input corpus, through the command line in process: every case folder under corpus/
/// (source.txt, facts/, rules/) and its expected.txt (the error code and file:line:column, relative
/// to the case folder) must give exit code 2, that error at that position, and leave every file
/// as it was. A case whose input is valid but hostile says instead what the run must give (an exit
/// code and findings' statuses), and must leave every file as it was too. A 50 MB file is generated
/// at run time rather than committed.
/// </summary>
[TestFixture]
public class BadInputCorpusTests
{
    private static string CorpusRoot => Path.Combine(AppContext.BaseDirectory, "BadInput", "corpus");

    private static IEnumerable<TestCaseData> Corpus() =>
        Directory.GetDirectories(CorpusRoot).Order(StringComparer.Ordinal)
            .Select(d => new TestCaseData(d).SetName($"bad input: {Path.GetFileName(d)}"));

    [TestCaseSource(nameof(Corpus))]
    public void The_cli_refuses_it_with_the_expected_error_and_position_or_gives_the_expected_outcome(string caseDirectory)
    {
        var expected = Path.Combine(caseDirectory, "expected.txt");
        if (Outcome.Read(expected) is { } outcome) ExpectOutcome(caseDirectory, outcome);
        else Expect(caseDirectory, Expected.Read(expected));
    }

    [Test]
    public void The_cli_refuses_a_50_MB_file_before_parsing_it()
    {
        var dir = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(Path.Combine(CorpusRoot, "missing-fact"), dir);
            File.Delete(Path.Combine(dir, "rules", "rules.yaml"));
            File.WriteAllText(Path.Combine(dir, "rules", "rules.yaml"), "rules: []\n");
            using (var big = File.Create(Path.Combine(dir, "facts", "big.yaml")))
            {
                var line = Encoding.ASCII.GetBytes("# " + new string('x', 1021) + "\n"); // 1 KiB of comment
                for (var i = 0; i < 50 * 1024; i++) big.Write(line);
            }
            new FileInfo(Path.Combine(dir, "facts", "big.yaml")).Length.Should().Be(50L * 1024 * 1024);
            Expect(dir, new Expected("OC031", "facts/big.yaml", 1, 1));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The check command on a case folder (facts, rules, source.txt), as JSON.</summary>
    private static (int Exit, string Stdout, string Stderr) Check(string caseDirectory) =>
        InProcessCli.Run("check",
            "--facts", Path.Combine(caseDirectory, "facts"),
            "--rules", Path.Combine(caseDirectory, "rules"),
            "--source", Path.Combine(caseDirectory, "source.txt"),
            "--format", "json");

    private static void Expect(string caseDirectory, Expected expected)
    {
        var before = Hashes(caseDirectory);
        var (exit, stdout, stderr) = Check(caseDirectory);

        exit.Should().Be(ExitCodes.InvalidInput, because: stderr);
        var diagnostics = Diagnostics(stdout);
        diagnostics.Should().Contain(d => d.Code == expected.Code, because: stderr);
        var found = diagnostics.First(d => d.Code == expected.Code);
        var relative = Path.GetRelativePath(caseDirectory, Path.GetFullPath(found.File)).Replace('\\', '/');
        $"{relative}:{found.Line}:{found.Column}".Should().Be($"{expected.File}:{expected.Line}:{expected.Column}", because: stderr);
        stderr.Should().Contain($"error {expected.Code}:").And.Contain("nothing was checked");
        Hashes(caseDirectory).Should().Equal(before, "bad input must never change or add a file");
    }

    private static void ExpectOutcome(string caseDirectory, Outcome expected)
    {
        var before = Hashes(caseDirectory);
        var (exit, stdout, stderr) = Check(caseDirectory);

        exit.Should().Be(expected.Exit, because: stderr + stdout[..Math.Min(stdout.Length, 2000)]);
        using var doc = JsonDocument.Parse(stdout);
        var statuses = doc.RootElement.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("status").GetString()!);
        foreach (var (id, status) in expected.Findings)
            statuses.Should().ContainKey(id).WhoseValue.Should().Be(status, because: $"finding {id}");
        Hashes(caseDirectory).Should().Equal(before, "a check must never change or add a file");
    }

    /// <summary>
    /// An expected.txt for valid but hostile input: "exit N", then "finding ID STATUS" lines (the
    /// status in the JSON output). Null for a file that expects an error instead.
    /// </summary>
    private sealed record Outcome(int Exit, IReadOnlyList<(string Id, string Status)> Findings)
    {
        public static Outcome? Read(string path)
        {
            var lines = System.IO.File.ReadAllLines(path).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
            if (!lines[0].StartsWith("exit ", StringComparison.Ordinal)) return null;
            var findings = lines.Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(p => p[0] == "finding" ? (p[1], p[2]) : throw new FormatException($"{path}: expected 'finding ID STATUS', not '{string.Join(' ', p)}'"))
                .ToList();
            return new Outcome(int.Parse(lines[0][5..], System.Globalization.CultureInfo.InvariantCulture), findings);
        }
    }

    private sealed record Reported(string Code, string File, int Line, int Column);

    private static List<Reported> Diagnostics(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new Reported(d.GetProperty("code").GetString()!, d.GetProperty("file").GetString()!,
                d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()))
            .ToList();
    }

    /// <summary>Every file under the folder with the SHA-256 of its bytes, in path order.</summary>
    private static List<string> Hashes(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f =>
            {
                using var stream = File.OpenRead(f);
                return $"{Path.GetRelativePath(directory, f)} {Convert.ToHexString(SHA256.HashData(stream))}";
            })
            .ToList();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>
    /// An expected.txt: comment lines start with '#'; the one other line is "CODE path:line:column",
    /// or "CODE path" for a problem with a whole folder (reported at line 0).
    /// </summary>
    private sealed record Expected(string Code, string File, int Line, int Column)
    {
        public static Expected Read(string path)
        {
            var line = System.IO.File.ReadAllLines(path).Single(l => l.Trim().Length > 0 && !l.StartsWith('#'));
            var (code, at) = (line[..line.IndexOf(' ')], line[(line.IndexOf(' ') + 1)..].Trim());
            var parts = at.Split(':');
            return parts.Length == 3
                ? new Expected(code, parts[0], int.Parse(parts[1]), int.Parse(parts[2]))
                : new Expected(code, at, 0, 0);
        }
    }
}
