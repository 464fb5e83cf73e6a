using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Intervals;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.ErrorLocalisation;

/// <summary>
/// Says, for each failing finding, which figure is most likely wrong and what value would mend it.
/// Each figure involved is solved for in every check it takes part in (consistent ones included);
/// a figure whose change alone makes all of them hold is a candidate. Candidates are ranked by how
/// many failing checks they mend, then by how plausible the slip is, then by how far the value
/// moves; a figure's own candidates by whether the value itself mends, the slip, and the
/// distance from the middle of the mending values. Two figures swapped with each other are
/// ranked alongside; when nothing will do, two figures must change.
/// </summary>
public static class Localiser
{
    /// <summary>
    /// A failing check with more figures than this, or more terms than <see cref="MaxTerms"/>, gets no
    /// suggested correction: each figure is solved for by bisection over the whole check, and pairs
    /// of figures are tried as swaps, so the work grows faster than the square of its size (a sum of
    /// 13,000 parts would take hours). It is still reported, with its verdict.
    /// </summary>
    public const int MaxFigures = 64;

    /// <summary>See <see cref="MaxFigures"/>: the ids a check names, counted with repeats.</summary>
    public const int MaxTerms = 5_000;

    /// <summary>Suggestions for every failing finding (acknowledged ones included), best first.</summary>
    /// <remarks>
    /// The findings are worked on in parallel, each worker with a scope of its own; a figure's fix
    /// is computed once and shared (it depends on the run alone), so the suggestions are the same
    /// whatever the order the workers take.
    /// </remarks>
    public static IReadOnlyDictionary<string, IReadOnlyList<Suggestion>> Suggest(CheckRun run)
    {
        var context = new LocalisationContext(run);
        var fixes = new ConcurrentDictionary<string, Fix?>(StringComparer.Ordinal);
        var failing = run.Findings.Where(f => f.IsDiscrepancy).ToList();
        var suggestions = new IReadOnlyList<Suggestion>[failing.Count];
        try
        {
            Parallel.For(0, failing.Count, context.ForWorker,
                (i, _, worker) =>
                {
                    suggestions[i] = TooLarge(failing[i]) ? [] : For(failing[i], worker, fixes);
                    return worker;
                },
                _ => { });
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }

        var result = new Dictionary<string, IReadOnlyList<Suggestion>>(StringComparer.Ordinal);
        for (var i = 0; i < failing.Count; i++) result[failing[i].Id] = suggestions[i];
        return result;
    }

    private static bool TooLarge(Finding f) =>
        f.Figures.Count > MaxFigures
        || (f.Check is RelationCheck r && r.Stated.References().Count + r.Implied.References().Count > MaxTerms);

    /// <summary>The suggestions for one failing finding, best first.</summary>
    private static IReadOnlyList<Suggestion> For(Finding finding, LocalisationContext context, ConcurrentDictionary<string, Fix?> fixes)
    {
        Fix? FixOf(string factId)
        {
            if (fixes.TryGetValue(factId, out var fix)) return fix;
            try
            {
                fix = Best(factId, context);
            }
            catch (OverflowException)
            {
                fix = null; // a figure too large for decimal arithmetic gets no suggestion, never a crash
            }
            return fixes.GetOrAdd(factId, fix);
        }

        var singles = finding.Figures.Select(x => FixOf(x.Id)).OfType<Fix>()
            .Where(f => f.Mended.Contains(finding.Id))
            .Select(f => new Ranked(f.Mended.Count, Plausibility(f.Candidate.Slip), f.Distance, f.Fact.SourceLine,
                [ToSuggestion(finding.Id, f, SwapPartner(f, FixOf))]));
        var ranked = singles.Concat(Guarded(() => Swaps(finding, context).Concat(StatedTwice(finding, context)).ToList()))
            .OrderByDescending(r => r.Mended).ThenBy(r => r.Plausibility).ThenBy(r => r.Distance).ThenBy(r => r.Line)
            .SelectMany(r => r.Items)
            .DistinctBy(s => (s.FactId, s.Suggested))
            .ToList();
        return ranked.Count > 0 ? ranked
            : [new Suggestion(finding.Id, null, null, null, null, finding.DisplayUnit, SlipKind.TwoFigures, null, [])];
    }

    private static IReadOnlyList<Ranked> Guarded(Func<IReadOnlyList<Ranked>> find)
    {
        try
        {
            return find();
        }
        catch (OverflowException)
        {
            return [];
        }
    }

    /// <summary>The best written value for a figure that makes every check it takes part in hold.</summary>
    private static Fix? Best(string factId, LocalisationContext context)
    {
        if (!context.Facts.TryGetValue(factId, out var fact)) return null;
        var failing = context.ChecksOf(factId).Where(c => context.Failing.Contains(c.Id)).Select(c => c.Id).ToList();
        if (failing.Count == 0) return null;
        var mending = context.Mending(fact);
        var candidates = SlipCandidates.For(fact, context);
        if (mending is { } m) candidates = candidates.Concat(SlipCandidates.Nearest(fact, m));
        var digit = StatedValue.Pow10(-fact.Value.Decimals);
        var target = mending is { } t ? SlipCandidates.Target(fact, t) : fact.SignedNumber * fact.Unit.Scale;
        // A written value that itself lies among the mending values comes first, then the likelier
        // slip, then the value nearest the best estimate of the true value.
        foreach (var c in candidates
                     .Where(c => c.Written != fact.Value.Written)
                     .Select(c => (Candidate: c, Fact: LocalisationContext.Rewritten(fact, c.Written)))
                     .Where(c => c.Fact is not null && c.Fact.SignedNumber != fact.SignedNumber)
                     .Select(c => (c.Candidate, Fact: c.Fact!, Point: c.Fact!.SignedNumber * fact.Unit.Scale))
                     .Where(c => mending is null || c.Fact.Canonical.Overlaps(mending.Value))
                     .OrderBy(c => mending is { } mi && mi.Contains(c.Point) ? 0 : 1)
                     .ThenBy(c => Plausibility(c.Candidate.Slip)).ThenBy(c => Math.Abs(c.Point - target)))
        {
            if (context.AllHold([c.Fact]))
                return new Fix(fact, c.Candidate, Math.Abs(c.Fact.SignedNumber - fact.SignedNumber) / digit,
                    mending is { } mi ? Shown(mi, fact) : null, failing);
        }
        return null;
    }

    /// <summary>A slip that explains the written value is likelier than a value merely nearby.</summary>
    private static int Plausibility(SlipKind slip) => slip switch
    {
        SlipKind.DigitTyped or SlipKind.DigitsSwapped or SlipKind.SwappedFigures or SlipKind.WrongTotal => 0,
        SlipKind.NeighbouringValue => 1,
        _ => 2,
    };

    /// <summary>A neighbour's value written here, with this value mending the neighbour: the two are swapped.</summary>
    private static string? SwapPartner(Fix fix, Func<string, Fix?> fixOf) =>
        fix.Candidate is { Slip: SlipKind.NeighbouringValue, OtherFactId: { } other }
        && fixOf(other) is { Candidate: { Slip: SlipKind.NeighbouringValue } back }
        && back.OtherFactId == fix.Fact.Id ? other : null;

    private static Suggestion ToSuggestion(string findingId, Fix fix, string? swappedWith) =>
        new(findingId, fix.Fact.Id, fix.Fact.SignedWritten, Signed(fix.Fact, fix.Candidate.Written), fix.Mends, fix.Fact.Unit.Symbol,
            swappedWith is null ? fix.Candidate.Slip : SlipKind.SwappedFigures, fix.Candidate.OtherFactId, fix.Mended);

    /// <summary>
    /// Two figures written in each other's places: a figure of the finding and another of the
    /// finding, or a neighbouring row in the same unit, exchanged so that all their checks hold.
    /// </summary>
    private static IEnumerable<Ranked> Swaps(Finding finding, LocalisationContext context)
    {
        var involved = finding.Figures.Select(x => context.Facts.GetValueOrDefault(x.Id)).OfType<Fact>().ToList();
        foreach (var a in involved)
        {
            var partners = involved.Where(b => b.SourceLine > a.SourceLine || (b.SourceLine == a.SourceLine && string.CompareOrdinal(b.Id, a.Id) > 0))
                .Concat(SlipCandidates.Neighbours(a, context).Where(n => involved.All(i => i.Id != n.Id)));
            foreach (var b in partners.Where(b => b.Unit == a.Unit && b.SignedNumber != a.SignedNumber))
            {
                var a2 = LocalisationContext.Rewritten(a, b.Value.Written);
                var b2 = LocalisationContext.Rewritten(b, a.Value.Written);
                if (a2 is null || b2 is null || !context.AllHold([a2, b2])) continue;
                var mended = context.ChecksOf(a.Id).Concat(context.ChecksOf(b.Id)).Select(c => c.Id)
                    .Where(context.Failing.Contains).Distinct().ToList();
                if (!mended.Contains(finding.Id)) continue;
                var distance = Math.Abs(a.SignedNumber - b.SignedNumber) / StatedValue.Pow10(-Math.Min(a.Value.Decimals, b.Value.Decimals));
                yield return new Ranked(mended.Count, Plausibility(SlipKind.SwappedFigures), distance, a.SourceLine,
                [
                    new Suggestion(finding.Id, a.Id, a.SignedWritten, a2.SignedWritten, null, a.Unit.Symbol, SlipKind.SwappedFigures, b.Id, mended),
                    new Suggestion(finding.Id, b.Id, b.SignedWritten, b2.SignedWritten, null, b.Unit.Symbol, SlipKind.SwappedFigures, a.Id, mended),
                ]);
            }
        }
    }

    /// <summary>
    /// A figure of the finding that states the same quantity as another figure (checked by a
    /// same-quantity check): both written anew with one value, so that every other check of
    /// either holds.
    /// </summary>
    private static IEnumerable<Ranked> StatedTwice(Finding finding, LocalisationContext context)
    {
        foreach (var a in finding.Figures.Select(x => context.Facts.GetValueOrDefault(x.Id)).OfType<Fact>())
        {
            foreach (var same in context.ChecksOf(a.Id).OfType<SameQuantityCheck>())
            {
                if (context.Failing.Contains(same.Id)) continue; // the two disagree: changing one of them is a single fix
                var otherId = same.First == a.Id ? same.Second : same.First;
                if (!context.Facts.TryGetValue(otherId, out var b) || b.Unit.Dimension != a.Unit.Dimension) continue;
                var ma = context.Mending(a, same);
                var mb = ma is null ? null : context.Mending(b, same);
                if (ma is null || mb is null || ma.Value.Intersect(mb.Value) is not { } both) continue;
                foreach (var c in SlipCandidates.Nearest(a, both))
                {
                    var a2 = LocalisationContext.Rewritten(a, c.Written);
                    var bWritten = a2 is null ? null : SlipCandidates.Written(b, a2.SignedNumber * a2.Unit.Scale);
                    var b2 = bWritten is null ? null : LocalisationContext.Rewritten(b, bWritten);
                    if (a2 is null || b2 is null || a2.SignedNumber == a.SignedNumber || b2.SignedNumber == b.SignedNumber
                        || !context.AllHold([a2, b2])) continue;
                    var mended = context.ChecksOf(a.Id).Concat(context.ChecksOf(b.Id)).Select(x => x.Id)
                        .Where(context.Failing.Contains).Distinct().ToList();
                    var distance = Math.Abs(a2.SignedNumber - a.SignedNumber) / StatedValue.Pow10(-a.Value.Decimals);
                    yield return new Ranked(mended.Count, Plausibility(SlipKind.StatedTwice), distance, a.SourceLine,
                    [
                        new Suggestion(finding.Id, a.Id, a.SignedWritten, a2.SignedWritten, Shown(both, a), a.Unit.Symbol, SlipKind.StatedTwice, b.Id, mended),
                        new Suggestion(finding.Id, b.Id, b.SignedWritten, b2.SignedWritten, Shown(both, b), b.Unit.Symbol, SlipKind.StatedTwice, a.Id, mended),
                    ]);
                    break;
                }
            }
        }
    }

    private static string Signed(Fact fact, string written) => fact.IsDecline ? "-" + written : written;

    /// <summary>Canonical values shown in the figure's own unit, signed.</summary>
    private static Interval Shown(Interval canonical, Fact fact) =>
        new(canonical.Lo / fact.Unit.Scale, canonical.Hi / fact.Unit.Scale);

    /// <summary>One way to mend a finding (one figure, or two swapped) with what ranks it.</summary>
    private sealed record Ranked(int Mended, int Plausibility, decimal Distance, int Line, IReadOnlyList<Suggestion> Items);

    private sealed record Fix(Fact Fact, Candidate Candidate, decimal Distance, Interval? Mends, IReadOnlyList<string> Mended);
}

