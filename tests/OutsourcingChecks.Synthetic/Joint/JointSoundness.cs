using System.Diagnostics;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Synthetic.Joint;

/// <summary>What the engine said of a case: whether every check holds alone, and whether it found a joint finding.</summary>
public sealed record JointVerdict(bool AllHoldAlone, bool Joint, bool InputProblem);

/// <summary>
/// The tally of generated joint cases: consistent ones must never get a joint finding; among
/// cases with one figure moved, those every check passes alone are decided by the oracle: a joint
/// finding where the oracle finds true values is a false finding (there must be none), and the
/// share of those the oracle proves inconsistent that the engine flags is the detection rate.
/// </summary>
public sealed record JointTally(JointFamily Family, int Consistent, int FalseOnConsistent, int MovedPassingAlone,
    int OracleFeasible, int FalseOnFeasible, int JointOnly, int Caught, int Undecided, TimeSpan Elapsed)
{
    public int FalseFindings => FalseOnConsistent + FalseOnFeasible;

    public double DetectionRate => JointOnly == 0 ? 1 : (double)Caught / JointOnly;
}

public static class JointSoundness
{
    public static JointVerdict Verdict(JointCase c)
    {
        var run = Engine.Run(c.Build());
        if (run.Diagnostics.Count > 0) return new JointVerdict(false, false, true);
        return new JointVerdict(
            run.Findings.Where(f => f.Kind != JointCheck.RuleName).All(f => f.Status == FindingStatus.Consistent),
            run.Findings.Any(f => f.Kind == JointCheck.RuleName),
            false);
    }

    /// <summary>
    /// <paramref name="cases"/> consistent cases of the family from consecutive seeds, and each
    /// moved: one figure at a time, by ±1 to ±3 units of its last digit.
    /// </summary>
    public static JointTally Run(JointFamily family, int cases, int firstSeed = 1, Action<JointCase, string>? onMiss = null)
    {
        var clock = Stopwatch.StartNew();
        int consistent = 0, falseConsistent = 0, passing = 0, feasible = 0, falseFeasible = 0, jointOnly = 0, caught = 0, undecided = 0;
        for (var seed = firstSeed; seed < firstSeed + cases; seed++)
        {
            var c = JointCase.Draw(family, seed);
            consistent++;
            var v = Verdict(c);
            if (v.InputProblem || !v.AllHoldAlone || v.Joint) { falseConsistent++; onMiss?.Invoke(c, "flagged though consistent"); }
            var random = new Random(seed * 7919);
            var figure = c.Figures[random.Next(c.Figures.Count)];
            var digits = random.Next(1, 4) * (random.Next(2) == 0 ? -1 : 1);
            var moved = c.Moved(figure.Id, digits);
            var mv = Verdict(moved);
            if (mv.InputProblem || !mv.AllHoldAlone) continue;
            passing++;
            switch (JointOracle.Decide(moved))
            {
                case JointTruth.Feasible:
                    feasible++;
                    if (mv.Joint) { falseFeasible++; onMiss?.Invoke(moved, "joint finding where true values exist"); }
                    break;
                case JointTruth.Infeasible:
                    jointOnly++;
                    if (mv.Joint) caught++; else onMiss?.Invoke(moved, "joint-only error missed");
                    break;
                default:
                    undecided++;
                    break;
            }
        }
        return new JointTally(family, consistent, falseConsistent, passing, feasible, falseFeasible, jointOnly, caught, undecided, clock.Elapsed);
    }
}
