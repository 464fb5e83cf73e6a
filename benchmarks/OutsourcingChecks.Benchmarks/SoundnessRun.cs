using System.Globalization;
using OutsourcingChecks.Synthetic;

namespace OutsourcingChecks.Benchmarks;

/// <summary>
/// The long soundness run: <c>cases</c> exact cases and as many with an injected error, spread
/// evenly over the identities; both rates reported. Exit code 0 only when no exact case is flagged
/// and every injected error is.
/// </summary>
public static class SoundnessRun
{
    public static int Run(int cases)
    {
        var culture = CultureInfo.InvariantCulture;
        var casesPerIdentity = (cases + IdentityCases.All.Count - 1) / IdentityCases.All.Count;
        Console.WriteLine(string.Create(culture, $"Soundness: {casesPerIdentity:N0} exact and {casesPerIdentity:N0} wrong cases for each of {IdentityCases.All.Count} identities"));
        Console.WriteLine();
        Console.WriteLine("| identity | exact cases | false positives | rate | injected errors | flagged | rate | input problems | time |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var tallies = new List<SoundnessTally>();
        foreach (var identity in IdentityCases.All)
        {
            var t = Soundness.Run(identity, casesPerIdentity,
                (c, what) => Console.Error.WriteLine($"{what}: {c}"));
            tallies.Add(t);
            Console.WriteLine(Row(identity.ToString(), t.Exact, t.FalsePositives, t.Injected, t.Caught, t.Invalid, t.Elapsed.TotalSeconds));
        }
        Console.WriteLine(Row("all", tallies.Sum(t => t.Exact), tallies.Sum(t => t.FalsePositives), tallies.Sum(t => t.Injected),
            tallies.Sum(t => t.Caught), tallies.Sum(t => t.Invalid), tallies.Sum(t => t.Elapsed.TotalSeconds)));
        var sound = tallies.All(t => t.FalsePositives == 0 && t.Caught == t.Injected && t.Invalid == 0);
        return sound ? 0 : 1;

        string Row(string name, int exact, int fp, int injected, int caught, int invalid, double seconds) => string.Create(culture,
            $"| {name} | {exact:N0} | {fp:N0} | {(double)fp / exact:P4} | {injected:N0} | {caught:N0} | {(double)caught / injected:P4} | {invalid:N0} | {seconds:0.0} s |");
    }
}
