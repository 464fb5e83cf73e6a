using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Authoring;

/// <summary>The stubs for a range of the report: every figure found there that no fact or skipped entry covers.</summary>
public sealed record StubResult(int FirstLine, int LastLine, int FiguresFound, int Covered, IReadOnlyList<FactStub> Stubs);

/// <summary>
/// Proposes facts for the figures of a report text that the facts so far do not cover. A figure is
/// covered when a fact (or a skipped entry) within two lines of it states the same value.
/// </summary>
public static class Stubber
{
    private const int Slack = 2;

    public static StubResult Stub(SourceText source, int firstLine, int lastLine, IReadOnlyList<Fact> facts, IReadOnlyList<Skipped> skipped,
        UnitRegistry? units = null)
    {
        var text = new LinedText(source);
        var figures = FigureScanner.Scan(text, firstLine, lastLine, units);
        var taken = new HashSet<string>(facts.Select(f => f.Id), StringComparer.Ordinal);
        var stubs = new List<FactStub>();
        var covered = 0;
        var sentence = new List<MeasureGuess>();
        var previousSentenceEnd = -1;
        foreach (var figure in figures)
        {
            // A guess for a figure in the same sentence helps read the next (同比增长 after an amount).
            if (text.Text.IndexOfAny(['。', '！', '？'], Math.Max(0, previousSentenceEnd), Math.Max(0, figure.Start - Math.Max(0, previousSentenceEnd))) >= 0)
                sentence.Clear();
            var guess = MeasureGuesser.Guess(text, figure, sentence);
            sentence.Add(guess);
            previousSentenceEnd = figure.End;
            if (IsCovered(figure, facts, skipped))
            {
                covered++;
                continue;
            }
            var todo = guess.Todo.ToList();
            var id = UniqueId(SuggestId(guess, figure), taken, todo);
            var quote = QuoteChooser.Choose(text, source, figure);
            stubs.Add(new FactStub(id, figure.Written, figure.Unit.Symbol, guess.Period, guess.Measure, guess.Dims, guess.Qualifiers, figure.Line, quote, todo));
        }
        return new StubResult(firstLine, lastLine, figures.Count, covered, stubs);
    }

    public static bool IsCovered(FoundFigure figure, IReadOnlyList<Fact> facts, IReadOnlyList<Skipped> skipped) =>
        facts.Any(f => f.Value.Written.TrimStart('-') == figure.Written && Math.Abs(f.SourceLine - figure.Line) <= Slack)
        || skipped.Any(s => FactReader.ContainsNumber(s.Text, figure.Written) && Math.Abs(s.SourceLine - figure.Line) <= Slack);

    /// <summary>measure, then the dims' values in the documented order (all only for national totals), then the period.</summary>
    public static string SuggestId(MeasureGuess guess, FoundFigure figure)
    {
        if (guess.Measure is null) return $"figure.line{figure.Line}";
        var values = Vocabulary.DimsOrder.Where(k => k != "of")
            .SelectMany(k => guess.Dims.Where(d => d.Key == k).Select(d => d.Value)).ToList();
        var named = values.Where(v => v != "all").ToList();
        var parts = new List<string> { guess.Measure };
        parts.AddRange(named.Count > 0 ? named : values.Count > 0 ? ["all"] : []);
        if (guess.Period is not null) parts.Add(guess.Period);
        return string.Join(".", parts);
    }

    private static string UniqueId(string id, HashSet<string> taken, List<string> todo)
    {
        if (taken.Add(id)) return id;
        var n = 2;
        while (!taken.Add($"{id}_{n}")) n++;
        if (!id.StartsWith("figure.", StringComparison.Ordinal))
            todo.Add($"id ('{id}' is taken: the same quantity stated twice wants a chapter prefix, another quantity other dims)");
        return $"{id}_{n}";
    }
}
