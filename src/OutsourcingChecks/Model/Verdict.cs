namespace OutsourcingChecks.Model;

/// <summary>How a check holds, from best to worst.</summary>
public enum Grade
{
    /// <summary>The written figures themselves satisfy the relation (within decimal precision).</summary>
    Exact,
    /// <summary>Consistent only thanks to rounding: some true values behind the written figures satisfy it.</summary>
    Rounding,
    /// <summary>
    /// Inconsistent on the true values, but the stated value is the arithmetic on the other figures
    /// rounded as written (a percentage-point change from two rounded shares): a note, not an error.
    /// </summary>
    RoundedFigures,
    /// <summary>No true values behind the written figures satisfy it.</summary>
    Inconsistent,
}

/// <summary>
/// The graded verdict on one finding. <see cref="Margin"/> is how far the stated value lies from
/// the interval the other figures allow, in units of its last written digit (0 when inside it;
/// null when no figure's last digit applies). <see cref="ConsequenceOf"/> names the failing
/// same-quantity finding that is the root cause of this one.
/// </summary>
public sealed record Verdict(string FindingId, Grade Grade, decimal? Margin, string? ConsequenceOf, string? Note);

public static class Grades
{
    public static string Name(Grade g) => g switch
    {
        Grade.Exact => "exact",
        Grade.Rounding => "rounding",
        Grade.RoundedFigures => "rounded-figures",
        Grade.Inconsistent => "inconsistent",
        _ => g.ToString(),
    };
}
