using System.Globalization;
using OutsourcingChecks.Synthetic.Joint;

namespace OutsourcingChecks.Benchmarks;

/// <summary>
/// The long joint soundness run: for each family of statements that share figures, <c>cases</c>
/// consistent reports and as many with one figure moved, judged by the engine and (the moved ones
/// that every check passes alone) by the exact oracle. Exit code 0 only when no joint finding is
/// false; the detection rate of joint-only errors is measured, not required.
/// </summary>
public static class JointSoundnessRun
{
    public static int Run(int cases)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(culture, $"Joint soundness: {cases:N0} consistent reports of each family, each also with one figure moved by 1-3 of its last digits"));
        Console.WriteLine();
        Console.WriteLine("| family | consistent | false findings | moved, every check passes alone | oracle: true values exist | false findings | oracle: no true values (joint-only errors) | flagged | detection | undecided | time |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var tallies = new List<JointTally>();
        foreach (var family in JointFamily.All)
        {
            var t = JointSoundness.Run(family, cases, 1, (c, what) => Console.Error.WriteLine($"{what}: {c}"));
            tallies.Add(t);
            Console.WriteLine(Row(family.Name, t.Consistent, t.FalseOnConsistent, t.MovedPassingAlone, t.OracleFeasible, t.FalseOnFeasible,
                t.JointOnly, t.Caught, t.Undecided, t.Elapsed.TotalSeconds));
        }
        Console.WriteLine(Row("all", tallies.Sum(t => t.Consistent), tallies.Sum(t => t.FalseOnConsistent), tallies.Sum(t => t.MovedPassingAlone),
            tallies.Sum(t => t.OracleFeasible), tallies.Sum(t => t.FalseOnFeasible), tallies.Sum(t => t.JointOnly), tallies.Sum(t => t.Caught),
            tallies.Sum(t => t.Undecided), tallies.Sum(t => t.Elapsed.TotalSeconds)));
        return tallies.All(t => t.FalseFindings == 0) ? 0 : 1;

        string Row(string name, int consistent, int falseConsistent, int passing, int feasible, int falseFeasible, int jointOnly, int caught, int undecided, double seconds) =>
            string.Create(culture, $"| {name} | {consistent:N0} | {falseConsistent:N0} | {passing:N0} | {feasible:N0} | {falseFeasible:N0} | {jointOnly:N0} | {caught:N0} | {(jointOnly == 0 ? 1 : (double)caught / jointOnly):P1} | {undecided:N0} | {seconds:0.0} s |");
    }
}
