using System.Globalization;
using System.Text.RegularExpressions;

namespace OutsourcingChecks.Model;

/// <summary>
/// A figure exactly as the report writes it: its text, its number and the number of decimals
/// written (so "22.80" and "22.8" differ: 2 and 1 decimals).
/// </summary>
public sealed partial record StatedValue(string Written, decimal Number, int Decimals)
{
    /// <summary>The most significant digits a decimal keeps exactly.</summary>
    private const int MaxDigits = 28;

    /// <summary>Half a unit of the last written digit: the rounding slack of the figure.</summary>
    public decimal HalfUnit => 0.5m * Pow10(-Decimals);

    /// <summary>Parses a figure as written; returns null with a reason when it is not one.</summary>
    public static StatedValue? TryParse(string written, out string? error)
    {
        error = null;
        var text = written.Trim();
        if (ChineseNumeral(text) is { } cn) return new StatedValue(text, cn, 0);
        if (!PlainNumber().IsMatch(text))
        {
            error = Explain(text);
            return null;
        }
        var digits = text.Count(char.IsAsciiDigit);
        if (digits > MaxDigits)
        {
            error = $"'{text}' has {digits} digits; at most {MaxDigits} are supported";
            return null;
        }
        var number = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var point = text.IndexOf('.');
        return new StatedValue(text, number, point < 0 ? 0 : text.Length - point - 1);
    }

    private static string Explain(string text)
    {
        if (text.Length == 0) return "the value is empty";
        if (text.Contains(',')) return $"'{text}' has a thousands separator; write the digits only";
        if (text.Any(c => c is >= '０' and <= '９' or '．')) return $"'{text}' has full-width digits; write ASCII digits";
        if (text.Contains('e') || text.Contains('E')) return $"'{text}' is in exponent notation; write the digits as the report does";
        return $"'{text}' is not a number as a report writes one (digits, an optional point and decimals, an optional leading '-')";
    }

    /// <summary>The Chinese numerals a report uses for small quantities (三成, 两位数), as whole numbers.</summary>
    private static decimal? ChineseNumeral(string text) => text switch
    {
        "一" => 1, "二" or "两" => 2, "三" => 3, "四" => 4, "五" => 5, "六" => 6, "七" => 7, "八" => 8, "九" => 9, "十" => 10,
        "半" => 0.5m,
        _ => null,
    };

    public static decimal Pow10(int exponent)
    {
        var r = 1m;
        if (exponent >= 0) for (var i = 0; i < exponent; i++) r *= 10m;
        else for (var i = 0; i < -exponent; i++) r /= 10m;
        return r;
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex PlainNumber();

    public override string ToString() => Written;
}
