namespace OutsourcingChecks.Model;

/// <summary>
/// A 1-based position in an input file (YAML or source text). A value, not an object: every fact,
/// rule field and finding carries one, millions in a large report.
/// </summary>
public readonly record struct Location(string File, int Line, int Column)
{
    public static readonly Location None = new("", 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
