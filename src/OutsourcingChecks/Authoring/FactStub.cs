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
