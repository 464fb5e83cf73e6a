using OutsourcingChecks.Model;

namespace OutsourcingChecks.ErrorLocalisation;

/// <summary>How a suggestion and its slip read to an editor: the one table every writer uses.</summary>
public static class SuggestionText
{
    /// <summary>A stable name for the slip (JSON, SARIF).</summary>
    public static string Name(SlipKind slip) => slip switch
    {
        SlipKind.DigitTyped => "digit-typed",
        SlipKind.DigitsSwapped => "digits-swapped",
        SlipKind.SwappedFigures => "swapped-figures",
        SlipKind.NeighbouringValue => "neighbouring-value",
        SlipKind.WrongTotal => "wrong-total",
        SlipKind.Nearest => "nearest",
        SlipKind.StatedTwice => "stated-twice",
        SlipKind.TwoFigures => "two-figures",
        _ => slip.ToString(),
    };

    /// <summary>Why the figure is probably wrong, in words.</summary>
    public static string Why(Suggestion s) => s.Slip switch
    {
        SlipKind.DigitTyped => "one digit typed wrong",
        SlipKind.DigitsSwapped => "two digits swapped",
        SlipKind.SwappedFigures => $"swapped with {s.OtherFactId}",
        SlipKind.NeighbouringValue => $"the value of the neighbouring figure {s.OtherFactId}",
        SlipKind.WrongTotal => $"the share was computed against {s.OtherFactId}, not its whole",
        SlipKind.Nearest => "no known slip; the nearest value that mends every check",
        SlipKind.StatedTwice => $"the same quantity is stated as {s.OtherFactId} too, which must change with it",
        SlipKind.TwoFigures => "no single figure mends every check it takes part in: at least two figures must change",
        _ => s.Slip.ToString(),
    };

    /// <summary>
    /// One line: "a: 191.5 → 197.5 亿美元 (one digit typed wrong); mends sum.t, share.a; a mending value
    /// lies in [197.112, 198.013] 亿美元". The interval bounds the values that could mend (each check is
    /// solved alone, and a value in it still has to hold in all of them at once), so it is rounded
    /// outward, with two decimals more than the figure has.
    /// </summary>
    public static string Describe(Suggestion s)
    {
        if (s.FactId is null) return Why(s);
        var text = $"{s.FactId}: {s.Current} → {s.Suggested} {s.Unit} ({Why(s)})";
        if (s.ChecksMended.Count > 0) text += $"; mends {string.Join(", ", s.ChecksMended)}";
        if (s.Mends is { } m)
        {
            var decimals = StatedValue.TryParse(s.Suggested ?? s.Current ?? "", out _)?.Decimals ?? 4;
            text += $"; a mending value lies in {m.ToDecimals(decimals + 2)} {s.Unit}";
        }
        return text;
    }
}
