using System.Globalization;
using BenchmarkDotNet.Running;
using OutsourcingChecks.Benchmarks;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Synthetic;

// dotnet run -c Release --project benchmarks/OutsourcingChecks.Benchmarks -- <command>
//   soundness [CASES]        CASES exact and CASES wrong generated cases over all identities (default 100000); both rates
//   joint-soundness [CASES]  CASES consistent reports per family of shared statements, each also moved; false joint findings and the detection rate against an exact oracle (default 20000)
//   scale [RUNS] [SIZES...]  in-process load+check+render of synthetic reports, median of RUNS (default 3)
//   stages DIR               one run of load, check and text report on the report under DIR, with the live heap after each
//   generate FACTS DIR       write a synthetic report of FACTS facts under DIR (facts/, rules/, facts/source.txt)
//   stub-accuracy DIR [--built-in] [--misses]
//                            stub the text of the report under the facts folder DIR with no facts and compare with its facts, per chapter
//   rediscovery FACTS RULES [--list]
//                            propose rules from the report's facts and count the hand-written checks found again, per chapter
//   anything else            BenchmarkDotNet (e.g. --filter '*LoadAndCheck*')
static int Number(string[] args, int index, int fallback) =>
    args.Length > index ? int.Parse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

switch (args.FirstOrDefault())
{
    case "soundness":
        return SoundnessRun.Run(Number(args, 1, 100_000));
    case "joint-soundness":
        return JointSoundnessRun.Run(Number(args, 1, 20_000));
    case "scale":
        var sizes = args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        return Scale.Run(sizes.Count > 0 ? sizes : [1_000, 10_000, 100_000, 1_000_000], Number(args, 1, 3));
    case "stages" when args.Length == 2:
        return Stages.Run(new ReportPaths(Path.Combine(args[1], "facts"), Path.Combine(args[1], "rules"), Path.Combine(args[1], "facts", "source.txt")));
    case "generate" when args.Length == 3:
        var paths = SyntheticReport.Write(args[2], Number(args, 1, 1_000));
        Console.WriteLine($"--facts {paths.FactsDirectory} --rules {paths.RulesDirectory} --source {paths.SourceFile}");
        return 0;
    case "stub-accuracy" when args.Length >= 2:
        return StubAccuracy.Run(args[1], args.Contains("--built-in"), args.Contains("--misses"));
    case "rediscovery" when args.Length >= 3:
        return RuleRediscovery.Run(args[1], args[2], args.Contains("--list"));
    default:
        BenchmarkSwitcher.FromAssembly(typeof(LoadAndCheck).Assembly).Run(args);
        return 0;
}
