using OutsourcingChecks.Figures;
using OutsourcingChecks.Coverage;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Drafts;

/// <summary>
/// Confronts a new draft of the report text with the facts encoded on the baseline text: every
/// quote is re-anchored (<see cref="Anchor"/>), a changed figure is re-checked under its new
/// value, a deleted one is kept at its old value and reported stale, never dropped.
/// </summary>
public static class DraftComparer
{
    public static DraftResult Compare(CheckRun baseline, SourceText draft)
    {
        var report = baseline.Report;
        var oldFlow = new Flow(report.Source);
        var newFlow = new Flow(draft);
        var drifts = new List<FactDrift>();
        var facts = new List<Fact>();
        foreach (var fact in report.Facts)
        {
            var a = Anchor.Find(oldFlow, newFlow, fact.Quote, fact.Value.Written, fact.SourceLine);
            drifts.Add(new FactDrift(fact, a.Status, a.Line, a.Written,
                LineExcerpt.Around(report.Source.Line(fact.SourceLine), number: fact.Value.Written), LineExcerpt.Around(draft.Line(a.Line), number: a.Written)));
            facts.Add(a.Status switch
            {
                AnchorStatus.Deleted or AnchorStatus.Unchanged => fact,
                AnchorStatus.Changed when StatedValue.TryParse(a.Written!, out _) is { } v => fact with { Value = v, SourceLine = a.Line, Quote = a.Quote! },
                _ => fact with { SourceLine = a.Line, Quote = a.Quote ?? fact.Quote },
            });
        }
        var skipped = new List<Skipped>();
        foreach (var s in report.Skipped)
        {
            var a = Anchor.Find(oldFlow, newFlow, s.Text, null, s.SourceLine);
            if (a.Status == AnchorStatus.Unchanged) skipped.Add(s);
            else if (a.Status != AnchorStatus.Deleted) skipped.Add(s with { SourceLine = a.Line });
        }

        var redrafted = report with { Source = draft, Facts = facts, Skipped = skipped };
        var recheck = Engine.Run(redrafted);
        var before = baseline.Findings.ToDictionary(f => f.Id, f => f.Status, StringComparer.Ordinal);
        var changes = recheck.Findings
            .Where(f => before.TryGetValue(f.Id, out var b) && (b == FindingStatus.Consistent) != (f.Status == FindingStatus.Consistent))
            .Select(f => new FindingChange(f.Id, before[f.Id], f.Status, f))
            .ToList();

        var oldUncovered = Uncovered(CoverageAnalyzer.Analyze(report)).ToList();
        var newFigures = new FigureList(CoverageAnalyzer.Analyze(redrafted));
        var oldKeys = oldUncovered.Select(Key).ToHashSet(StringComparer.Ordinal);
        var oldCount = oldUncovered.CountBy(f => (f.Figure.Number, f.Figure.Unit)).ToDictionary(kv => kv.Key, kv => kv.Value);
        // as many figures of a text are new as the draft has more of them; those whose context is new first
        var extra = new Dictionary<(string, string), int>();
        foreach (var f in newFigures.Where(f => f.Status == FigureStatus.Uncovered))
            extra[(f.Figure.Number, f.Figure.Unit)] = extra.GetValueOrDefault((f.Figure.Number, f.Figure.Unit)) + 1;
        foreach (var (key, n) in oldCount) if (extra.ContainsKey(key)) extra[key] -= n;
        var added = new List<int>(); // positions in the draft's figures: a draft can have millions of new ones
        var seenBefore = new List<int>();
        for (var i = 0; i < newFigures.Count; i++)
        {
            var f = newFigures[i];
            if (f.Status != FigureStatus.Uncovered) continue;
            var key = (f.Figure.Number, f.Figure.Unit);
            if (extra[key] <= 0) continue;
            if (oldCount.ContainsKey(key) && oldKeys.Contains(Key(f))) seenBefore.Add(i);
            else { added.Add(i); extra[key]--; }
        }
        foreach (var i in seenBefore)
        {
            var key = (newFigures[i].Figure.Number, newFigures[i].Figure.Unit);
            if (extra[key] <= 0) continue;
            added.Add(i);
            extra[key]--;
        }
        added.Sort(); // the figures are in text order
        var staleBefore = baseline.StaleAcknowledgements.Select(s => s.Acknowledgement.FindingId).ToHashSet(StringComparer.Ordinal);
        var newlyStale = recheck.StaleAcknowledgements.Where(s => !staleBefore.Contains(s.Acknowledgement.FindingId)).ToList();
        return new DraftResult(report.Source.Path, draft.Path, drifts, recheck, changes, new FigureList.Selection(newFigures, added)) { NewlyStale = newlyStale };
    }

    /// <summary>The figures of a coverage, all chapters in text order, by position.</summary>
    private sealed class FigureList : IReadOnlyList<FigureCoverage>
    {
        private readonly IReadOnlyList<IReadOnlyList<FigureCoverage>> _chapters;
        private readonly int[] _starts; // the position of each chapter's first figure; [^1] the count

        public FigureList(CoverageResult coverage)
        {
            _chapters = coverage.Chapters.Select(c => c.Figures).ToList();
            _starts = new int[_chapters.Count + 1];
            for (var c = 0; c < _chapters.Count; c++) _starts[c + 1] = _starts[c] + _chapters[c].Count;
        }

        public int Count => _starts[^1];

        public FigureCoverage this[int index]
        {
            get
            {
                var c = Array.BinarySearch(_starts, index);
                c = c >= 0 ? c : ~c - 1;
                while (c + 1 < _starts.Length - 1 && _starts[c + 1] <= index) c++;
                return _chapters[c][index - _starts[c]];
            }
        }

        public IEnumerator<FigureCoverage> GetEnumerator() => _chapters.SelectMany(c => c).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>Some of the figures, by position.</summary>
        public sealed class Selection(IReadOnlyList<FigureCoverage> all, IReadOnlyList<int> positions) : IReadOnlyList<FigureCoverage>
        {
            public int Count => positions.Count;
            public FigureCoverage this[int index] => all[positions[index]];
            public IEnumerator<FigureCoverage> GetEnumerator() => positions.Select(p => all[p]).GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }

    private static IEnumerable<FigureCoverage> Uncovered(CoverageResult coverage) =>
        coverage.Chapters.SelectMany(c => c.Figures).Where(f => f.Status == FigureStatus.Uncovered);

    /// <summary>A figure by its text and context, so one that only moved is not new.</summary>
    private static string Key(FigureCoverage f) => f.Figure.Text + "|" + Flow.Squeeze(f.Context);
}
