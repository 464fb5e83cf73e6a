using OutsourcingChecks.Coverage;
using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Authoring;

/// <summary>
/// The stubs for a range of the report: for every figure there that no fact or skipped entry
/// accounts for (as <c>coverage</c> counts them), a proposed fact or a proposed skipped entry.
/// </summary>
public sealed record StubResult(int FirstLine, int LastLine, int FiguresFound, int Covered, IReadOnlyList<FactStub> Stubs, IReadOnlyList<SkipStub> Skips)
{
    public StubResult(int firstLine, int lastLine, int figuresFound, int covered, IReadOnlyList<FactStub> stubs)
        : this(firstLine, lastLine, figuresFound, covered, stubs, []) { }
}

/// <summary>
/// Proposes facts for the figures of a report text that the facts so far do not cover. The figures
/// are <c>coverage</c>'s (one scanner, one matching), so after the stubs are kept every figure is
/// accounted for. A figure is read by where it stands: a table cell by its row label, its column and
/// the caption (<see cref="TableLayout"/>); a value of a list "A、B、C 分别为 x、y、z" by its
/// label (<see cref="Lists"/>); any other by the words before it (<see cref="MeasureGuesser"/>).
/// A year used as a date, a rank or a span's length becomes a proposed skipped entry.
/// </summary>
public static class Stubber
{
    public static StubResult Stub(SourceText source, int firstLine, int lastLine, IReadOnlyList<Fact> facts, IReadOnlyList<Skipped> skipped,
        UnitRegistry? units = null, Vocabulary? vocabulary = null)
    {
        vocabulary ??= Vocabulary.BuiltIn;
        units ??= UnitRegistry.BuiltIn;
        var lined = new LinedText(source);
        var text = lined.Text;
        var coverage = CoverageAnalyzer.Analyze(new Report(source, facts, [], [], [], [], skipped) { Units = units });
        var figures = coverage.Chapters.SelectMany(c => c.Figures).Where(f => f.Figure.Line >= firstLine && f.Figure.Line <= lastLine).ToList();
        var runs = Lists.Runs(text, figures.Select(f => f.Figure).ToList());
        var headings = Headings.Above(source);
        var headingLine = Headings.LineAbove(source);
        // a table ends a sentence as a heading does: the text after it does not run on from its last row
        foreach (var t in Tables.Of(source))
            for (var l = t.LastLine + 1; l <= source.Lines.Count && headingLine[l - 1] <= t.LastLine; l++) headingLine[l - 1] = t.LastLine;
        var layouts = new Dictionary<Table, TableLayout>();
        var taken = new HashSet<string>(facts.Select(f => f.Id), StringComparer.Ordinal);
        var suffixes = new Dictionary<string, int>(StringComparer.Ordinal);
        var stubs = new List<FactStub>();
        var skips = new List<SkipStub>();
        var covered = 0;
        var guesses = new MeasureGuess?[figures.Count];
        var sentenceStart = 0;
        (IReadOnlyList<string> Items, string Prefix)? labels = null;
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i].Figure;
            if (i > 0 && Lists.SentenceEnds(text, figures[i - 1].Figure.End, f.Start))
            {
                sentenceStart = i;
                labels = null;
            }
            var layout = f.Table is { } table ? layouts.TryGetValue(table, out var l) ? l : layouts[table] = TableLayout.Of(table, source, units) : null;
            var skip = SkipReason(f, lined, layout);
            string unit = f.IsRatioTerm ? "%" : f.Unit;
            var todo = new List<string>();
            if (skip is null)
            {
                if (layout is not null && f.IsTableCell)
                    (guesses[i], unit) = Cell(f, layout, vocabulary, units, lined, i > 0 && figures[i - 1].Figure.Line == f.Line ? guesses[i - 1] : null, todo);
                else
                    guesses[i] = Prose(i, figures, guesses, sentenceStart, runs, ref labels, lined, headings, headingLine, vocabulary, units, todo);
            }
            if (figures[i].Status != FigureStatus.Uncovered)
            {
                covered++;
                continue;
            }
            if (skip is not null)
            {
                skips.Add(new SkipStub(f.Line, lined.Slice(f.Start, f.End), skip));
                continue;
            }
            var guess = guesses[i]!;
            todo.AddRange(guess.Todo);
            var id = UniqueId(SuggestId(guess, f.Line), taken, suffixes, layout, todo);
            var quote = QuoteChooser.Choose(lined, f, vocabulary);
            stubs.Add(new FactStub(id, f.Number, unit, guess.Period, guess.Measure, guess.Dims, guess.Qualifiers, f.Line, quote, todo.Distinct().ToList()));
        }
        return new StubResult(firstLine, lastLine, figures.Count, covered, stubs, skips);
    }

    /// <summary>A figure of running text: a value of a 分别 list by its label, any other by the words of its sentence.</summary>
    private static MeasureGuess Prose(int i, List<FigureCoverage> figures, MeasureGuess?[] guesses, int sentenceStart, Lists.Run?[] runs,
        ref (IReadOnlyList<string> Items, string Prefix)? labels, LinedText lined, string?[] headings, int[] headingLine, Vocabulary vocabulary, UnitRegistry units, List<string> todo)
    {
        var text = lined.Text;
        var f = figures[i].Figure;
        // a heading (or a table) ends whatever came before it: the sentence starts after it at the earliest
        var floor = headingLine[f.Line - 1] is var h and > 0 && h < f.Line ? lined.EndOf(h) : 0;
        var words = Words.Before(text, f.Start, floor);
        var textBefore = SourceText.Squeeze(text[Math.Max(0, words.SentenceStart - Words.Lookback)..words.SentenceStart]);
        var run = runs[i];
        var clause = words.Clause;
        var subject = Lists.SubjectOf(words.Sentence);
        MeasureGuess? previous = i > sentenceStart ? guesses[i - 1] : null;
        if (run is not null)
        {
            var first = figures[run.First].Figure;
            var before = Words.Before(text, first.Start, floor);
            if (run.Index == 0 || !Lists.HasDirection(words.Clause)) clause = before.Clause;
            // the items are named once, before the first list of the sentence; later lists (同比分别增长 …) take the same
            if (Lists.Labels(before.Sentence, run.Count, f.IsRatioTerm) is { } found) labels = (found.Labels, Lists.SubjectOf(Lists.Prefix(before.Sentence)));
            if (labels is { } named && named.Items.Count == run.Count)
                subject = named.Prefix + "，" + Lists.Item(named.Items, run.Index, vocabulary);
            else if (Lists.IsRespectively(before.Sentence)) todo.Add("dims (the list's items and its values did not pair up)");
            // the k-th value of a list follows the k-th value of the list before it in the sentence (分别占 …，分别提高 …)
            var earlier = run.First - 1 >= sentenceStart ? runs[run.First - 1] : null;
            previous = earlier is not null && earlier.Count == run.Count ? guesses[earlier.First + run.Index]
                : run.Index > 0 && run.First > 0 ? guesses[run.First - 1] ?? previous : previous; // a list that opens the range has nothing before it
        }
        var own = i > sentenceStart ? SourceTextSqueeze(text, figures[i - 1].Figure.End, f.Start) : words.Sentence;
        if (previous is not null && WordFinder.Dims(own, vocabulary).Count > 0 && run is null) previous = previous with { Dims = [] };
        var after = Words.After(text, f.End);
        var many = f.End > f.Start + f.Number.Length && text[(f.Start + f.Number.Length)..f.End].Any(c => c is '多' or '余');
        var year = Periods.Year(text, f.Start, words.Sentence);
        if (f.IsRatioTerm)
        {
            subject = Topic(headings[f.Line - 1], subject, vocabulary) + subject;
            var amount = WordFinder.LastMeasure(subject, vocabulary, null)?.Word.Measure ?? WordFinder.LastMeasure(words.Sentence, vocabulary, null)?.Word.Measure
                ?? WordFinder.LastMeasure(textBefore, vocabulary, null)?.Word.Measure;
            var dims = WordFinder.Dims(subject, vocabulary);
            if (amount is null) todo.Add("measure (the structure of which amount?)");
            if (words.Sentence.Contains("调整到", StringComparison.Ordinal) || words.Sentence.Contains('从')) todo.Add("period (从 … 到: which ratio is of which year?)");
            return new MeasureGuess(amount is null ? null : amount + ".structure", MeasureGuesser.Ordered(dims, vocabulary), year, [], []);
        }
        var unit = units.Find(f.Unit);
        subject = Topic(headings[f.Line - 1], subject, vocabulary) + subject;
        var guess = MeasureGuesser.Guess(vocabulary, unit, new FigureWords(subject, clause, words.Sentence, after, many, textBefore), year, previous);
        if (guess.Measure?.EndsWith(".cagr", StringComparison.Ordinal) == true || guess.Measure?.EndsWith(".cagr.gap", StringComparison.Ordinal) == true)
        {
            var span = Periods.Span(words.Sentence, year);
            if (span is null) todo.Add("period (the span of the average growth: 2016-2021)");
            guess = guess with { Period = span ?? year };
        }
        if (guess.Measure?.EndsWith(".multiple", StringComparison.Ordinal) == true && Periods.Since(clause) is { } since)
        {
            // 是 2018 年的 2.5 倍: from that year to the year of the sentence without its clause
            var now = Periods.Year(text, words.SentenceStart, words.Sentence.EndsWith(clause, StringComparison.Ordinal) ? words.Sentence[..^clause.Length] : words.Sentence);
            guess = guess with { Period = now is not null && now != since ? since + "-" + now : null };
            if (guess.Period is null) todo.Add("period (the span of the multiple: 2018-2023)");
        }
        if (guess.Period is null) todo.Add("period (no year before the figure)");
        return guess;
    }

    /// <summary>Keys that name what a passage is about (a place, a group, an industry): a section's heading gives them to its figures.</summary>
    private static readonly string[] TopicKeys = ["region", "province", "city", "market", "country", "group", "industry"];

    /// <summary>
    /// The words of the section heading above a figure (一、东部地区) that name its topic, for the keys
    /// the sentence itself does not name: a report states a section's place once, in its heading.
    /// </summary>
    private static string Topic(string? heading, string subject, Vocabulary vocabulary)
    {
        if (heading is null) return "";
        var own = WordFinder.Dims(subject, vocabulary);
        var topic = WordFinder.Find(heading, vocabulary.Dims, d => d.Word)
            .Where(w => w.Item.Dims.All(d => TopicKeys.Contains(d.Key) && !own.ContainsKey(d.Key)))
            .Select(w => w.Item.Word);
        return string.Concat(topic) + "，";
    }

    private static string SourceTextSqueeze(string text, int from, int to) => from < to ? SourceText.Squeeze(text[from..to]) : "";

    /// <summary>A cell of a table: its column names the measure and unit, its row label the dims, the caption the rest.</summary>
    private static (MeasureGuess Guess, string Unit) Cell(Figure f, TableLayout layout, Vocabulary vocabulary, UnitRegistry units, LinedText lined, MeasureGuess? left, List<string> todo)
    {
        var (label, column, index) = layout.CellOf(f);
        var caption = SourceText.Squeeze(layout.Table.Caption);
        var columns = layout.Columns is { } cols ? string.Join("，", cols.Skip(1).Take(index + 1)) : "";
        var subject = caption + "，" + columns + "，" + (TableLayout.IsTotalRow(label) ? "" : label);
        var clause = column is null ? "" : SourceText.Squeeze(column);
        if (column is null) todo.Add("measure (the table's header does not line up with its rows)");
        var unit = layout.UnitOf(column, units);
        if (unit is null) todo.Add("unit (the table's header gives none: write the unit of the column)");
        var year = column is not null && Periods.Year(clause, clause.Length, clause) is { } y ? y : Periods.Year(caption, caption.Length, caption)
            ?? Periods.Year(lined.Text, f.Start, "");
        var guess = MeasureGuesser.Guess(vocabulary, unit is null ? null : units.Find(unit), new FigureWords(subject, clause, subject, ""), year, left);
        if (guess.Measure?.EndsWith(".cagr", StringComparison.Ordinal) == true)
            guess = guess with { Period = Periods.Span(caption + clause, year) ?? year };
        if (guess.Measure?.EndsWith(".share", StringComparison.Ordinal) == true && guess.Of is null)
        {
            // a column of shares whose head names no whole (占比): of the table's whole, its rows being its parts
            guess = guess with { Dims = [.. guess.Dims, new("of", Vocabulary.All)], Todo = guess.Todo.Where(t => !t.StartsWith("dims.of", StringComparison.Ordinal)).ToList() };
        }
        if (guess.Period is null) todo.Add("period (no year in the header or caption)");
        return (guess, unit ?? "");
    }

    /// <summary>Why a figure is a label rather than a quantity, or null for a quantity.</summary>
    public static string? SkipReason(Figure f, LinedText lined, TableLayout? layout)
    {
        var isYear = f.Number.Length == 4 && (f.Number.StartsWith("19", StringComparison.Ordinal) || f.Number.StartsWith("20", StringComparison.Ordinal));
        var line = lined.Source.Line(f.Line).Trim();
        if (f.Unit == "年")
        {
            if (Tables.IsTableCaption(line) || line.StartsWith('图')) return "years in a caption";
            if (isYear && !f.IsChinese) return layout is not null && f.Line < layout.FirstRow ? "year heading a table column" : "year used as a date";
            return "a number of years (a span or an age), not a quantity a rule checks";
        }
        if (f.IsTableCell && layout is not null && f.Line < layout.FirstRow)
            return isYear ? "year heading a table column" : "number in a table's header";
        var k = f.Start - 1;
        while (k >= 0 && char.IsWhiteSpace(lined.Text[k])) k--;
        if (k >= 0 && lined.Text[k] == '第') return "rank or ordinal (第 N), a label";
        return null;
    }

    /// <summary>measure, then the dims' values in the vocabulary's order (all only for a total), then the period; figure.lineN without a measure.</summary>
    public static string SuggestId(MeasureGuess guess, int line)
    {
        if (guess.Measure is null) return $"figure.line{line}";
        var values = guess.Dims.Where(d => d.Key is not "of" and not "than").Select(d => d.Value).ToList();
        var named = values.Where(v => v != Vocabulary.All).ToList();
        var parts = new List<string> { guess.Measure };
        parts.AddRange(named.Count > 0 ? named : values.Count > 0 ? [Vocabulary.All] : []);
        if (guess.Period is not null) parts.Add(guess.Period.Replace('-', '_'));
        return string.Join(".", parts.Select(Slug));
    }

    /// <summary>A piece of an id: letters, digits and '_' (a dims value or a measure written otherwise is made one).</summary>
    private static string Slug(string piece)
    {
        var chars = piece.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' ? c : '_').ToArray();
        var s = new string(chars).Trim('_');
        return s.Length == 0 ? "x" : s;
    }

    /// <param name="suffixes">the last suffix given to each id: every one below it is taken, so the search goes on from there
    /// (from 2 each time, thousands of cells of one id cost the square of their number)</param>
    private static string UniqueId(string id, HashSet<string> taken, Dictionary<string, int> suffixes, TableLayout? layout, List<string> todo)
    {
        if (!char.IsAsciiLetter(id[0]) && id[0] != '_') id = "_" + id;
        if (taken.Add(id)) return id;
        if (layout is not null && taken.Add(layout.Prefix + "." + id)) return layout.Prefix + "." + id;
        var n = suffixes.GetValueOrDefault(id, 2);
        while (!taken.Add($"{id}_{n}")) n++;
        suffixes[id] = n;
        if (!id.StartsWith("figure.", StringComparison.Ordinal))
            todo.Add($"id ('{id}' is taken: the same quantity stated twice wants a prefix, another quantity other dims)");
        return $"{id}_{n}";
    }
}
