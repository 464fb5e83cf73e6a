using OutsourcingChecks.Figures;
using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Coverage;

/// <summary>How a figure of the text is accounted for.</summary>
public enum FigureStatus
{
    /// <summary>A fact states it: the fact's line is within 2 lines and its value as written equals the figure's number.</summary>
    Covered,
    /// <summary>A reviewed skipped entry (line and text) names it, with a reason.</summary>
    Skipped,
    /// <summary>Neither: the fact-checker's to-do list.</summary>
    Uncovered,
}

/// <summary>One figure of the text, with what accounts for it and its context for a reader.</summary>
public readonly record struct FigureCoverage(Figure Figure, FigureStatus Status, string? FactId, string? SkipReason, SourceText Source)
{
    /// <summary>The figure's line around it (about 24 characters either side), made when read: a long text has many figures and few are shown.</summary>
    public string Context => CoverageAnalyzer.Context(Source, Figure);
}

/// <summary>
/// The figures of a run of the text and how each is accounted for, read from the analysis's arrays
/// when asked (a text of millions of figures is not copied once per chapter).
/// </summary>
public sealed class CoverageView(Figure[] figures, FigureStatus[] status, string?[] facts, string?[] reasons, SourceText source, int start, int count)
    : IReadOnlyList<FigureCoverage>
{
    public int Count => count;

    public FigureCoverage this[int index] =>
        (uint)index < (uint)count
            ? new FigureCoverage(figures[start + index], status[start + index], facts[start + index], reasons[start + index], source)
            : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<FigureCoverage> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>The figures of one chapter and how each is accounted for.</summary>
public sealed record ChapterCoverage(Chapter Chapter, IReadOnlyList<FigureCoverage> Figures)
{
    public int Found => Figures.Count;
    public int Covered => Figures.Count(f => f.Status == FigureStatus.Covered);
    public int Skipped => Figures.Count(f => f.Status == FigureStatus.Skipped);
    public int Uncovered => Figures.Count(f => f.Status == FigureStatus.Uncovered);

    /// <summary>The share of figures accounted for (covered or skipped), from 0 to 1; 1 for a chapter with no figure.</summary>
    public decimal Share => Found == 0 ? 1m : (decimal)(Covered + Skipped) / Found;
}

/// <summary>The coverage of a report text by its facts and skipped entries, per chapter.</summary>
/// <param name="SourcePath">The report text scanned.</param>
/// <param name="Chapters">Every chapter in text order (the front matter first when it has lines).</param>
/// <param name="UnmatchedFacts">Facts whose figure the scanner did not find near their line (a unit it does not read, or a wrong line).</param>
public sealed record CoverageResult(string SourcePath, IReadOnlyList<ChapterCoverage> Chapters, IReadOnlyList<Fact> UnmatchedFacts)
{
    public int Found => Chapters.Sum(c => c.Found);
    public int Covered => Chapters.Sum(c => c.Covered);
    public int Skipped => Chapters.Sum(c => c.Skipped);
    public int Uncovered => Chapters.Sum(c => c.Uncovered);
    public decimal Share => Found == 0 ? 1m : (decimal)(Covered + Skipped) / Found;
}
