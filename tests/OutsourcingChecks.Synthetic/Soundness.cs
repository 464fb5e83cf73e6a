using System.Diagnostics;
using FsCheck.Fluent;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Synthetic;

/// <summary>How many generated cases the engine judged right: exact cases passed, wrong ones caught.</summary>
public sealed record SoundnessTally(Identity Identity, int Exact, int FalsePositives, int Injected, int Caught, int Invalid, TimeSpan Elapsed)
{
    /// <summary>Exact cases flagged, over exact cases (must be 0).</summary>
    public double FalsePositiveRate => Exact == 0 ? 0 : (double)FalsePositives / Exact;

    /// <summary>Injected errors flagged, over injected errors (must be 1).</summary>
    public double DetectionRate => Injected == 0 ? 1 : (double)Caught / Injected;
}

/// <summary>Runs generated cases through the engine.</summary>
public static class Soundness
{
    /// <summary>The engine's verdict on the case's identity, or null when it reported an input problem.</summary>
    public static FindingStatus? Verdict(IdentityCase c)
    {
        var run = Engine.Run(CaseReport.Build(c));
        if (run.Diagnostics.Count > 0) return null;
        return run.Findings.Single(f => f.Id == IdentityCase.RuleId).Status;
    }

    /// <summary>Generates <paramref name="cases"/> exact and as many wrong cases of one identity and tallies the verdicts.</summary>
    public static SoundnessTally Run(Identity identity, int cases, Action<IdentityCase, string>? onMiss = null)
    {
        var clock = Stopwatch.StartNew();
        int exact = 0, falsePositives = 0, injected = 0, caught = 0, invalid = 0;
        const int Batch = 5_000;
        for (var done = 0; done < cases; done += Batch)
        {
            var n = Math.Min(Batch, cases - done);
            foreach (var c in IdentityCases.Of(identity).Sample(n))
            {
                exact++;
                var v = Verdict(c);
                if (v is null) { invalid++; onMiss?.Invoke(c, "input problem"); }
                else if (v != FindingStatus.Consistent) { falsePositives++; onMiss?.Invoke(c, "false positive"); }
            }
            foreach (var c in IdentityCases.WithError(identity).Sample(n))
            {
                injected++;
                var v = Verdict(c);
                if (v is null) { invalid++; onMiss?.Invoke(c, "input problem"); }
                else if (v == FindingStatus.Inconsistent) caught++;
                else onMiss?.Invoke(c, "missed error");
            }
        }
        return new SoundnessTally(identity, exact, falsePositives, injected, caught, invalid, clock.Elapsed);
    }
}
