using System.Globalization;
using System.Text;
using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Synthetic;

/// <summary>
/// Writes a large report to disk for the benchmarks: groups of ten figures (a total and four
/// parts, a share and its value a year before with the percentage-point change, last year's total
/// and the growth), four rules per group (sum, share, growth, points), every figure on its own line
/// of the report text with a quote, facts and rules spread over files of at most
/// <see cref="GroupsPerFile"/> groups. True values satisfy the identities exactly and are rounded to
/// one decimal; every <see cref="WrongEvery"/>-th group states a wrong growth, so the text output has
/// discrepancies to render. The same seed gives the same report.
/// </summary>
public static class SyntheticReport
{
    public const int FactsPerGroup = 10;
    public const int RulesPerGroup = 4;
    public const int GroupsPerFile = 500;
    public const int WrongEvery = 1000;

    /// <summary>Writes about <paramref name="facts"/> facts (rounded up to whole groups) under the directory.</summary>
    public static ReportPaths Write(string directory, int facts, int seed = 20211231)
    {
        var paths = new ReportPaths(Path.Combine(directory, "facts"), Path.Combine(directory, "rules"), Path.Combine(directory, "facts", "source.txt"));
        Directory.CreateDirectory(paths.FactsDirectory);
        Directory.CreateDirectory(paths.RulesDirectory);
        var random = new Random(seed);
        var groups = (facts + FactsPerGroup - 1) / FactsPerGroup;
        using var source = new StreamWriter(paths.SourceFile, false, new UTF8Encoding(false));
        source.Write("Synthetic report\n");
        var line = 1;
        for (var file = 0; file * GroupsPerFile < groups; file++)
        {
            var factsText = new StringBuilder("facts:\n");
            var rulesText = new StringBuilder("rules:\n");
            for (var g = file * GroupsPerFile; g < Math.Min(groups, (file + 1) * GroupsPerFile); g++)
                Group(g, random, source, ref line, factsText, rulesText);
            var name = file.ToString("D4", CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(paths.FactsDirectory, $"facts-{name}.yaml"), factsText.ToString(), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(paths.RulesDirectory, $"rules-{name}.yaml"), rulesText.ToString(), new UTF8Encoding(false));
        }
        return paths;
    }

    private static void Group(int g, Random random, StreamWriter source, ref int line, StringBuilder facts, StringBuilder rules)
    {
        var id = $"g{g.ToString(CultureInfo.InvariantCulture)}";
        var parts = Enumerable.Range(0, 4).Select(_ => Amount(random)).ToArray();
        var total = parts.Sum();
        var previous = Amount(random) * 4m;
        var growth = total / previous - 1m;
        var shareBefore = (decimal)random.Next(1, 1000) / 10m;
        var share = parts[0] / total * 100m;
        var stated = g % WrongEvery == WrongEvery - 1 ? growth * 100m + 5m : growth * 100m; // a wrong growth now and then

        var l = line;
        void Fact(string name, decimal value, string unit, string measure, string period, string dims)
        {
            var written = Figure.Round(value, 1).ToString("F1", CultureInfo.InvariantCulture);
            l++;
            source.Write($"{id} {name}: {written} {unit}\n");
            facts.Append(CultureInfo.InvariantCulture,
                $"  - id: {id}.{name}\n    value: {written}\n    unit: \"{unit}\"\n    measure: {measure}\n    period: \"{period}\"\n    dims: {{ {dims}, group: {id} }}\n    line: {l}\n    quote: \"{written} {unit}\"\n");
        }
        Fact("total", total, "亿美元", "execution", "2021", "scope: all");
        for (var i = 0; i < 4; i++) Fact($"part{i + 1}", parts[i], "亿美元", "execution", "2021", $"scope: all, service: s{i + 1}");
        Fact("share1", share, "%", "execution.share", "2021", "scope: all, service: s1");
        Fact("share1.before", shareBefore, "%", "execution.share", "2020", "scope: all, service: s1");
        Fact("points", share - shareBefore, "个百分点", "execution.share.change", "2021", "scope: all, service: s1");
        Fact("previous", previous, "亿美元", "execution", "2020", "scope: all");
        Fact("growth", stated, "%", "execution.growth", "2021", "scope: all");
        line = l;

        rules.Append(CultureInfo.InvariantCulture, $"""
              - id: {id}.sum
                kind: sum
                parts: [{id}.part1, {id}.part2, {id}.part3, {id}.part4]
                total: {id}.total
              - id: {id}.share
                kind: share
                part: {id}.part1
                whole: {id}.total
                share: {id}.share1
              - id: {id}.points
                kind: points
                now: {id}.share1
                before: {id}.share1.before
                points: {id}.points
              - id: {id}.growth
                kind: growth
                current: {id}.total
                previous: {id}.previous
                growth: {id}.growth

            """);
    }

    /// <summary>An amount in 亿美元 between 10 and 10,000 with three decimals of true value.</summary>
    private static decimal Amount(Random random) => random.Next(10_000, 10_000_000) / 1000m;
}
