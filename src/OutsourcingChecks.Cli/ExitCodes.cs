namespace OutsourcingChecks.Cli;

/// <summary>The process exit codes, in one place.</summary>
public static class ExitCodes
{
    /// <summary>Every check holds, or every discrepancy is acknowledged.</summary>
    public const int Clean = 0;

    /// <summary>At least one discrepancy nobody has acknowledged.</summary>
    public const int Discrepancies = 1;

    /// <summary>
    /// The input is invalid (files, YAML, facts, rules, command line), or a file cannot be read or
    /// written; nothing was checked, and no file was written.
    /// </summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// No unacknowledged discrepancy, but not everything could be checked: some checks are undecided
    /// (their figures leave the arithmetic undefined, e.g. a whole written 0). Discrepancies take
    /// precedence: a run with both exits 1.
    /// </summary>
    public const int Undecided = 3;

    /// <summary>A fault of the tool itself (a bug), reported with its stack trace: never 1, which means discrepancies.</summary>
    public const int InternalError = 70;

    /// <summary>The exit code of a checked report: discrepancies, else undecided checks, else clean.</summary>
    public static int Of(bool discrepancies, bool undecided) => discrepancies ? Discrepancies : undecided ? Undecided : Clean;
}
