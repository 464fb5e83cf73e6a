namespace OutsourcingChecks.Model;

/// <summary>A 1-based position in an input file (YAML or source text).</summary>
public sealed record Location(string File, int Line, int Column)
{
    public static readonly Location None = new("", 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
