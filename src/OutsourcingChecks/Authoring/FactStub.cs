namespace OutsourcingChecks.Authoring;

/// <summary>
/// A fact proposed for a figure no fact covers yet: what the text says for sure (value as written,
/// unit, line, a verbatim quote) and what the words around it suggest (id, measure, dims, period,
/// qualifiers). <see cref="Todo"/> lists what a person must still decide; empty when nothing.
/// </summary>
public sealed record FactStub(
    string Id,
    string Value,
    string Unit,
    string? Period,
    string? Measure,
    IReadOnlyList<KeyValuePair<string, string>> Dims,
    IReadOnlyList<string> Qualifiers,
    int Line,
    string Quote,
    IReadOnlyList<string> Todo);

/// <summary>A skipped entry proposed for a figure that is a label rather than a quantity (a year as a date, a rank, a span's length), with the reason to review.</summary>
public sealed record SkipStub(int Line, string Text, string Reason);
