namespace OutsourcingChecks.Cli;

/// <summary>The process exit codes, in one place.</summary>
public static class ExitCodes
{
    /// <summary>Every check holds, or every discrepancy is acknowledged.</summary>
    public const int Clean = 0;

    /// <summary>At least one discrepancy nobody has acknowledged.</summary>
    public const int Discrepancies = 1;

    /// <summary>The input is invalid (files, YAML, facts, rules, command line); nothing was checked.</summary>
    public const int InvalidInput = 2;
}
