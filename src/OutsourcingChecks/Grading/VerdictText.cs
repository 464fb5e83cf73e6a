using System.Globalization;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Grading;

/// <summary>How a verdict reads to an editor: the one table every writer uses.</summary>
public static class VerdictText
{
    /// <summary>"inconsistent, off by 6.0 in the last written digit"; "consistent thanks to rounding" …</summary>
    public static string Describe(Verdict v)
    {
        var grade = v.Grade switch
        {
            Grade.Exact => "exact on the written figures",
            Grade.Rounding => "consistent thanks to rounding",
            Grade.RoundedFigures => "computed from the rounded figures as written (a note, not an error)",
            _ => "inconsistent",
        };
        // An inconsistent figure is never "within" what the others allow: where its margin rounds
        // to nothing (it misses by less than a twentieth of its last digit), none is given.
        var margin = v.Margin is { } m
            ? m != 0m ? $", off by {m.ToString(CultureInfo.InvariantCulture)} in the last written digit"
            : v.Grade == Grade.Inconsistent ? "" : ", within what the other figures allow"
            : "";
        return grade + margin;
    }
}
