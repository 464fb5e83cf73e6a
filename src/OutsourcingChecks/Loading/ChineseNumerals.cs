namespace OutsourcingChecks.Loading;

/// <summary>
/// Chinese numerals as a report writes small quantities and ordinals: 三, 十五, 二十, 一百二十,
/// and digit strings such as 二〇二一. Not 万 or 亿, which the figure scanner reads as units.
/// </summary>
public static class ChineseNumerals
{
    /// <summary>True for the characters a numeral is written with (digits, 十, 百, 千, 半).</summary>
    public static bool IsNumeralChar(char c) => Digit(c) is not null || c is '十' or '百' or '千' or '半';

    /// <summary>The value of a numeral, or null when the text is not one.</summary>
    public static decimal? Value(string text)
    {
        if (text.Length == 0 || !text.All(IsNumeralChar)) return null;
        if (text == "半") return 0.5m;
        if (text.Contains('半')) return null;
        if (!text.Any(c => c is '十' or '百' or '千'))
        {
            var v = 0m;
            foreach (var c in text) v = v * 10 + Digit(c)!.Value;
            return v;
        }
        var total = 0m;
        decimal? pending = null;
        foreach (var c in text)
        {
            if (Digit(c) is { } d)
            {
                if (pending is not null && d != 0) return null; // two digits in a row: 三四十
                pending = d == 0 ? pending : d;
                continue;
            }
            var place = c switch { '十' => 10m, '百' => 100m, _ => 1000m };
            total += (pending ?? 1m) * place;
            pending = null;
        }
        return total + (pending ?? 0m);
    }

    private static int? Digit(char c) => c switch
    {
        '〇' or '零' => 0, '一' => 1, '二' or '两' => 2, '三' => 3, '四' => 4, '五' => 5,
        '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => null,
    };
}
