using OutsourcingChecks.Intervals;

namespace OutsourcingChecks.Model;

/// <summary>
/// Statements that each hold alone but cannot all hold at once: one true value per figure cannot
/// satisfy them together. Its id comes from the statements' ids, so the same set of statements
/// always has the same id (and can be acknowledged).
/// </summary>
public sealed record JointCheck(string Id, Location Location, IReadOnlyList<Check> Statements)
    : Check(Id, JointCheck.RuleName, JointCheck.RuleName, Location, null)
{
    public const string RuleName = "joint";

    public override string Claim => string.Join("; ", Statements.Select(s => s.Claim));

    /// <summary>
    /// "joint." and the statements' ids in ordinal order joined by "+"; when that runs long, the
    /// first id, how many more, and a hash of them all (still the same for the same set).
    /// </summary>
    public static string IdOf(IEnumerable<string> statementIds)
    {
        var ids = statementIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var joined = string.Join("+", ids);
        if (joined.Length <= MaxJoinedLength) return "joint." + joined;
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(joined));
        return $"joint.{ids[0]}+{ids.Count - 1}-more.{Convert.ToHexStringLower(hash)[..10]}";
    }

    private const int MaxJoinedLength = 160;
}

/// <summary>
/// A figure of a joint finding: its value as written, the interval that stands for, and the
/// values the other statements leave it when it alone is set free (null when no value does:
/// changing it alone cannot reconcile them). Intervals in the figure's own unit, signed.
/// </summary>
public sealed record JointFigure(FigureRef Figure, Interval Written, Interval? Forced);

/// <summary>
/// What a joint finding shows beyond a finding's fields: each figure with what the others force,
/// and the figure it states (the one whose written value lies nearest to what the others force
/// on it, in its last digit; null when no single figure can reconcile them).
/// </summary>
public sealed record JointDetail(IReadOnlyList<JointFigure> Figures, string? Stated);
