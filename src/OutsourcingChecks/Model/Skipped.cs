namespace OutsourcingChecks.Model;

/// <summary>A number in the report deliberately not encoded as a fact, with the reason.</summary>
public sealed record Skipped(int SourceLine, string Text, string Reason, Location Location);
