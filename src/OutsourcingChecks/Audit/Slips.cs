using System.Globalization;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Audit;

/// <summary>The slips a figure suffers when it is copied or typed.</summary>
public enum MutationKind
{
    /// <summary>One digit one off (2264.8 as 2264.9 or 2164.8): each digit, one up and one down.</summary>
    DigitChanged,
    /// <summary>Two adjacent different digits swapped (2264.8 as 2624.8).</summary>
    DigitsSwapped,
    /// <summary>The decimal point one place off: the value times 10 or divided by 10 (2264.8 as 22648 or 226.48).</summary>
    ScaledBy10,
}

/// <summary>A figure as a slip would have written it.</summary>
public sealed record Slip(MutationKind Kind, string Written, StatedValue Value);

/// <summary>Makes the slipped versions of a written figure.</summary>
public static class Slips
{
    public static readonly IReadOnlyList<MutationKind> Kinds = [MutationKind.DigitChanged, MutationKind.DigitsSwapped, MutationKind.ScaledBy10];

    public static string Name(MutationKind kind) => kind switch
    {
        MutationKind.DigitChanged => "digit",
        MutationKind.DigitsSwapped => "swap",
        MutationKind.ScaledBy10 => "scale",
        _ => kind.ToString(),
    };

    /// <summary>Every slip of the figure, each written as the report would (a Chinese numeral by its digits), none equal to the figure.</summary>
    public static IReadOnlyList<Slip> Of(StatedValue value)
    {
        var written = value.Written.Any(char.IsAsciiDigit) ? value.Written.Trim() : value.Number.ToString(CultureInfo.InvariantCulture);
        var sign = written.StartsWith('-') ? "-" : "";
        var body = written[sign.Length..];
        var result = new List<Slip>();
        void Add(MutationKind kind, string text)
        {
            if (text == body || !WellFormed(text)) return;
            if (StatedValue.TryParse(sign + text, out _) is { } v && result.All(s => s.Written != v.Written)) result.Add(new Slip(kind, v.Written, v));
        }
        for (var p = 0; p < body.Length; p++)
        {
            if (!char.IsAsciiDigit(body[p])) continue;
            foreach (var d in new[] { body[p] - '0' - 1, body[p] - '0' + 1 })
                if (d is >= 0 and <= 9) Add(MutationKind.DigitChanged, Replace(body, p, (char)('0' + d)));
        }
        for (var p = 0; p + 1 < body.Length; p++)
            if (char.IsAsciiDigit(body[p]) && char.IsAsciiDigit(body[p + 1]) && body[p] != body[p + 1])
                Add(MutationKind.DigitsSwapped, Replace(Replace(body, p, body[p + 1]), p + 1, body[p]));
        Add(MutationKind.ScaledBy10, MovePoint(body, +1));
        Add(MutationKind.ScaledBy10, MovePoint(body, -1));
        return result;
    }

    private static string Replace(string s, int at, char c) => s[..at] + c + s[(at + 1)..];

    /// <summary>No leading zero before another digit (0123), as no report writes one.</summary>
    private static bool WellFormed(string s) => !(s.Length > 1 && s[0] == '0' && char.IsAsciiDigit(s[1]));

    /// <summary>The digits with the point moved one place right (+1, times 10) or left (-1, divided by 10).</summary>
    private static string MovePoint(string body, int direction)
    {
        var digits = body.Replace(".", "", StringComparison.Ordinal);
        var point = body.IndexOf('.') is var i and >= 0 ? i : body.Length;
        var at = point + direction;
        var text = at >= digits.Length ? digits + new string('0', at - digits.Length)
            : at <= 0 ? "0." + new string('0', -at) + digits
            : digits.Insert(at, ".");
        while (text.Length > 1 && text[0] == '0' && text[1] != '.') text = text[1..]; // 0.5 * 10 is 5, not 05
        return text;
    }
}
