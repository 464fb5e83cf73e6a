using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FluentAssertions;
using OutsourcingChecks.Cli;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.BadInput;

/// <summary>
/// Hostile inputs too large to commit, made at run time, each run as a process of its own with its
/// heap capped at 1 GB (<see cref="ProcessCli"/>): the correct result or exit code 2 with the
/// problem at its file:line:column, never a crash (exit 134, a stack trace) or a hang, and no file
/// of the case changed or added.
/// </summary>
[TestFixture]
[NonParallelizable]
public class HostileInputTests
{
    private string _dir = null!;

    [SetUp]
    public void Folder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "facts"));
        Directory.CreateDirectory(Path.Combine(_dir, "rules"));
    }

    [TearDown]
    public void Remove()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private string Facts => Path.Combine(_dir, "facts");
    private string Rules => Path.Combine(_dir, "rules");
    private string Source => Path.Combine(_dir, "source.txt");

    private static string Fact(string id, string value, int line, string quote) =>
        $"  - id: {id}\n    value: {value}\n    unit: 亿美元\n    line: {line}\n    quote: {quote}\n";

    /// <summary>A report of the given facts (id, value) on lines 2, 3 …, and the rules text.</summary>
    private void Write(IReadOnlyList<(string Id, string Value)> facts, string rules)
    {
        var source = new StringBuilder("Test report\n");
        var yaml = new StringBuilder("facts:\n");
        for (var i = 0; i < facts.Count; i++)
        {
            var quote = $"{facts[i].Id.ToUpperInvariant()} {facts[i].Value} 亿美元";
            source.Append(quote).Append('\n');
            yaml.Append(Fact(facts[i].Id, facts[i].Value, i + 2, quote));
        }
        File.WriteAllText(Source, source.ToString());
        File.WriteAllText(Path.Combine(Facts, "facts.yaml"), yaml.ToString());
        File.WriteAllText(Path.Combine(Rules, "rules.yaml"), rules);
    }

    /// <summary>`check --format json` on the case, which must leave every file as it was.</summary>
    private (int Exit, string Stdout, string Stderr) Check(params string[] more)
    {
        var before = ProcessCli.Hashes(_dir);
        var result = ProcessCli.Run(_dir, ["check", "--facts", Facts, "--rules", Rules, "--source", Source, "--format", "json", .. more]);
        ProcessCli.Hashes(_dir).Should().Equal(before, "no file of the case may change or be added");
        result.Stderr.Should().NotContain("   at ", "no stack trace");
        return result;
    }

    private static Dictionary<string, string> Statuses(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => f.GetProperty("status").GetString()!);
    }

    private static void Refused(string json, string code, string file, int line, int column)
    {
        using var doc = JsonDocument.Parse(json);
        doc.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("code").GetString()} {Path.GetFileName(d.GetProperty("file").GetString())}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}")
            .Should().Contain($"{code} {file}:{line}:{column}");
    }

    // Class 1: input that controls how deep the tool recurses.

    [TestCase(13_000, "13000", "consistent", ExitCodes.Clean, TestName = "a sum rule of 13,000 parts that add up is checked: consistent")]
    [TestCase(13_000, "20000", "inconsistent", ExitCodes.Discrepancies, TestName = "a sum rule of 13,000 parts that do not add up is checked: inconsistent")]
    public void A_sum_rule_of_thousands_of_parts_is_checked_not_refused(int parts, string total, string status, int exit)
    {
        var facts = Enumerable.Range(0, parts).Select(i => ($"p{i}", "1")).Append(("t", total)).ToList();
        Write(facts, "rules:\n  - id: s\n    kind: sum\n    parts: [" + string.Join(", ", Enumerable.Range(0, parts).Select(i => $"p{i}")) + "]\n    total: t\n");
        var (code, stdout, stderr) = Check();
        code.Should().Be(exit, stderr);
        Statuses(stdout)["s"].Should().Be(status);
    }

    [TestCase("150000", "consistent", ExitCodes.Clean, TestName = "an expression of 150,000 added terms is checked: consistent")]
    [TestCase("250000", "inconsistent", ExitCodes.Discrepancies, TestName = "an expression of 150,000 added terms is checked: inconsistent")]
    public void An_expression_of_150000_terms_is_checked_not_refused(string total, string status, int exit)
    {
        Write([("x", "1"), ("t", total)], "rules:\n  - id: e\n    kind: expression\n    expr: \"t = " + string.Join(" + ", Enumerable.Repeat("x", 150_000)) + "\"\n");
        var (code, stdout, stderr) = Check();
        code.Should().Be(exit, stderr);
        Statuses(stdout)["e"].Should().Be(status);
    }

    [TestCase("5", "consistent", ExitCodes.Clean, TestName = "a chain of 8,000 derived quantities is evaluated: consistent")]
    [TestCase("9", "inconsistent", ExitCodes.Discrepancies, TestName = "a chain of 8,000 derived quantities is evaluated: inconsistent")]
    public void A_chain_of_thousands_of_derived_quantities_is_evaluated(string b, string status, int exit)
    {
        var rules = new StringBuilder("derived:\n  - id: chain.0\n    expr: a\n");
        for (var i = 1; i < 8_000; i++) rules.Append($"  - id: chain.{i}\n    expr: \"chain.{i - 1}\"\n");
        rules.Append("rules:\n  - id: e\n    kind: expression\n    expr: \"b = chain.7999\"\n");
        Write([("a", "5"), ("b", b)], rules.ToString());
        var (code, stdout, stderr) = Check();
        code.Should().Be(exit, stderr);
        Statuses(stdout)["e"].Should().Be(status);
    }

    // A vocabulary that `propose` reads: its size must not square.

    [Test]
    public void A_partition_of_thousands_of_parts_is_read_within_the_heap_limit()
    {
        // Every pair of parts used to be kept (a partition of 5,000 parts took 2 GB and 24 s); under the
        // 1 GB heap limit this one of 8,000 ran out of memory.
        Write([("a", "1"), ("b", "2")], "rules:\n  - id: e\n    kind: expression\n    expr: \"b = a + a\"\n");
        File.WriteAllText(Path.Combine(Facts, "vocabulary.yaml"),
            "vocabulary:\n  partitions:\n    - { key: region, parts: [" + string.Join(", ", Enumerable.Range(0, 8_000).Select(i => $"r{i}")) + "] }\n");
        var before = ProcessCli.Hashes(_dir);
        var (code, stdout, stderr) = ProcessCli.Run(_dir, "propose", "--facts", Facts, "--rules", Rules, "--source", Source);
        ProcessCli.Hashes(_dir).Should().Equal(before, "propose without --output writes nothing");
        code.Should().Be(ExitCodes.Clean, stderr);
        stdout.Should().Contain("rules:");
    }

    [Test]
    public void Hundreds_of_members_within_nested_groups_are_proposed_without_a_walk_per_pair()
    {
        // 800 markets, each within some of 40 groups that lie one within the next: the members of a
        // whole were compared pairwise, each comparison walking up the groups again (400 markets took
        // 16 s; these 800 ran past the hang limit).
        const int markets = 800, groups = 40;
        var source = new StringBuilder("全国执行额 100000.0 亿美元。\n");
        var facts = new StringBuilder("facts:\n  - { id: all, value: \"100000.0\", unit: 亿美元, period: \"2023\", measure: execution, dims: { scope: all, category: all }, line: 1, quote: \"全国执行额 100000.0 亿美元\" }\n");
        void Add(string name, string value)
        {
            var line = source.ToString().Count(c => c == '\n') + 1;
            source.Append($"{name}执行额 {value} 亿美元。\n");
            facts.Append($"  - {{ id: {name}, value: \"{value}\", unit: 亿美元, period: \"2023\", measure: execution, dims: {{ scope: all, category: all, market: {name} }}, line: {line}, quote: \"{name}执行额 {value} 亿美元\" }}\n");
        }
        for (var i = 0; i < markets; i++) Add($"m{i}", $"{i + 1}.0");
        for (var j = 0; j < groups; j++) Add($"g{j}", $"{j + 1}.5");
        var vocabulary = new StringBuilder("vocabulary:\n  partitions:\n");
        for (var j = 0; j < groups; j++)
        {
            var parts = Enumerable.Range(0, markets).Where(i => (i + j) % 3 != 0).Select(i => $"m{i}");
            vocabulary.Append($"    - {{ key: market, parts: [{string.Join(", ", parts)}], whole: g{j}, exhaustive: false }}\n");
            if (j + 1 < groups) vocabulary.Append($"    - {{ key: market, parts: [g{j}, h{j}], whole: g{j + 1}, exhaustive: false }}\n");
        }
        File.WriteAllText(Source, source.ToString());
        File.WriteAllText(Path.Combine(Facts, "facts.yaml"), facts.ToString());
        File.WriteAllText(Path.Combine(Facts, "vocabulary.yaml"), vocabulary.ToString());
        File.WriteAllText(Path.Combine(Rules, "rules.yaml"), "rules:\n  - { id: x, kind: sum, parts: [m0], total: all, exhaustive: false }\n");
        var (code, stdout, stderr) = ProcessCli.Run(_dir, "propose", "--facts", Facts, "--rules", Rules, "--source", Source);
        code.Should().Be(ExitCodes.Clean, stderr);
        stdout.Should().Contain("  - id: within.execution.g");
    }

    [Test]
    public void Sixty_thousand_figures_of_one_suggested_id_get_their_stubs_numbered_without_a_search_from_2_each()
    {
        // Each stub of an id taken looked for a free suffix from _2 on: 20,000 took 20 s, these 60,000
        // ran past the hang limit.
        const int figures = 60_000;
        File.WriteAllText(Source, string.Concat(Enumerable.Repeat("执行额 1.0 亿美元。\n", figures)));
        var before = ProcessCli.Hashes(_dir);
        var (code, stdout, stderr) = ProcessCli.Run(_dir, "stub", "--source", Source);
        ProcessCli.Hashes(_dir).Should().Equal(before, "stub without --output writes nothing");
        code.Should().Be(ExitCodes.Clean, stderr);
        stdout.Should().Contain("  - id: execution.all\n").And.Contain($"  - id: execution.all_{figures}\n");
    }

    // Class 2: nesting the YAML parser takes quadratic time over.

    [TestCase("x: ", "[", "]", 1, 67, TestName = "200 KB of nested flow lists are refused at the 65th level")]
    [TestCase("x: ", "{a: ", "}", 1, 256, TestName = "nested flow mappings are refused at the 65th level")]
    [TestCase("", "? ", "", 1, 129, TestName = "a complex key nested 50,000 deep is refused at the 65th level")]
    public void Deep_yaml_nesting_is_refused_where_it_passes_the_limit(string start, string open, string close, int line, int column)
    {
        Write([("a", "1")], "rules: []\n");
        File.WriteAllText(Path.Combine(Rules, "deep.yaml"),
            start + string.Concat(Enumerable.Repeat(open, 50_000)) + "a" + string.Concat(Enumerable.Repeat(close, 50_000)) + "\n");
        var (code, stdout, stderr) = Check();
        code.Should().Be(ExitCodes.InvalidInput, stderr);
        Refused(stdout, "OC034", "deep.yaml", line, column);
    }

    // Class 3: template expansion.

    [Test]
    public void Forty_templates_of_316_by_316_are_refused_past_the_total_cap_before_they_expand()
    {
        var values = "[" + string.Join(", ", Enumerable.Range(0, 316).Select(i => $"v{i}")) + "]";
        var rules = new StringBuilder("rules:\n");
        for (var t = 0; t < 40; t++)
            rules.Append($"  - id: \"t{t}.{{x}}.{{y}}\"\n    kind: expression\n    for: {{ x: {values}, y: {values} }}\n    expr: \"a = a\"\n");
        Write([("a", "1")], rules.ToString());
        var (code, stdout, stderr) = Check();
        code.Should().Be(ExitCodes.InvalidInput, stderr);
        Refused(stdout, "OC026", "rules.yaml", 10, 5); // the third template: the first two make 199,712 rules
        stderr.Should().Contain("past 200000 rules in all");
    }

    // Class 4: files that never end or never open.

    private static void OnUnix() => Assume.That(!OperatingSystem.IsWindows(), "devices and named pipes are Unix's");

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        mkfifo.ExitCode.Should().Be(0);
    }

    [Test]
    public void A_facts_file_that_is_a_link_to_dev_zero_is_refused_unread()
    {
        OnUnix();
        Write([("a", "1")], "rules: []\n");
        File.CreateSymbolicLink(Path.Combine(Facts, "zero.yaml"), "/dev/zero");
        var (code, stdout, stderr) = Check();
        code.Should().Be(ExitCodes.InvalidInput, stderr);
        Refused(stdout, "OC037", "zero.yaml", 1, 1);
    }

    [Test]
    public void A_facts_file_that_is_a_named_pipe_is_refused_without_waiting_for_it()
    {
        OnUnix();
        Write([("a", "1")], "rules: []\n");
        MakeFifo(Path.Combine(Facts, "pipe.yaml"));
        var (code, stdout, stderr) = Check();
        code.Should().Be(ExitCodes.InvalidInput, stderr);
        Refused(stdout, "OC037", "pipe.yaml", 1, 1);
    }

    [Test]
    public void A_report_text_that_is_a_link_to_dev_zero_or_a_pipe_is_refused_unread()
    {
        OnUnix();
        Write([("a", "1")], "rules: []\n");
        File.Delete(Source);
        File.CreateSymbolicLink(Source, "/dev/zero");
        var (code, stdout, _) = Check();
        code.Should().Be(ExitCodes.InvalidInput);
        Refused(stdout, "OC037", "source.txt", 1, 1);
        File.Delete(Source);
        MakeFifo(Source);
        (code, stdout, _) = Check();
        code.Should().Be(ExitCodes.InvalidInput);
        Refused(stdout, "OC037", "source.txt", 1, 1);
    }

    [TestCase("coverage", TestName = "coverage --source /dev/zero is refused unread")]
    [TestCase("diff", TestName = "diff --source /dev/zero is refused unread")]
    [TestCase("draft", TestName = "draft --source /dev/zero is refused unread")]
    public void A_command_given_dev_zero_as_its_text_refuses_it(string command)
    {
        OnUnix();
        Write([("a", "1")], "rules: []\n");
        var before = ProcessCli.Hashes(_dir);
        string[] args = command switch
        {
            "diff" => ["diff", "--baseline", Source, "--source", "/dev/zero"],
            "draft" => ["draft", "--facts", Facts, "--rules", Rules, "--baseline", Source, "--source", "/dev/zero"],
            _ => ["coverage", "--facts", Facts, "--rules", Rules, "--source", "/dev/zero"],
        };
        var (code, _, stderr) = ProcessCli.Run(_dir, args);
        code.Should().Be(ExitCodes.InvalidInput, stderr);
        stderr.Should().Contain("/dev/zero:1:1: error OC037");
        ProcessCli.Hashes(_dir).Should().Equal(before);
    }

    // Class 13: a folder that links to itself.

    [Test]
    public void A_symbolic_link_loop_inside_the_facts_folder_is_walked_once()
    {
        OnUnix();
        Write([("a", "1"), ("b", "1"), ("t", "2")], "rules:\n  - id: s\n    kind: sum\n    parts: [a, b]\n    total: t\n");
        Directory.CreateDirectory(Path.Combine(Facts, "more"));
        File.Move(Path.Combine(Facts, "facts.yaml"), Path.Combine(Facts, "more", "facts.yaml"));
        Directory.CreateSymbolicLink(Path.Combine(Facts, "more", "loop"), Path.Combine(Facts, "more"));
        Directory.CreateSymbolicLink(Path.Combine(Facts, "again"), Path.Combine(Facts, "more"));
        var (code, stdout, stderr) = Check();
        code.Should().Be(ExitCodes.Clean, stderr);
        stderr.Should().NotContain("OC011", "each file is read once, not once per way in");
        Statuses(stdout)["s"].Should().Be("consistent");
    }
}
