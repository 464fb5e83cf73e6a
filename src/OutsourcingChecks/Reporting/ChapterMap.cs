using OutsourcingChecks.Loading;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// The chapters of a report for the writers: the headings found by <see cref="Loading.Chapters"/>
/// (the one place that reads them), without the front matter. A line before the first heading
/// belongs to no chapter.
/// </summary>
public sealed class ChapterMap
{
    private ChapterMap(IReadOnlyList<Chapter> chapters) => All = chapters;

    public IReadOnlyList<Chapter> All { get; }

    public static ChapterMap Of(SourceText source) =>
        new(Loading.Chapters.Of(source).Where(c => c.Number > 0).OrderBy(c => c.FirstLine).ToList());

    /// <summary>The chapter a report line belongs to, or null before the first heading.</summary>
    public Chapter? At(int line) => All.LastOrDefault(c => c.FirstLine <= line);
}
