namespace OutsourcingChecks.Model;

/// <summary>Words the report puts on a figure that change what true values it stands for.</summary>
public enum Qualifier
{
    /// <summary>下降, 减少: the figure is a decline, so its signed value is negative.</summary>
    Decline,
    /// <summary>约: within 5 % of the figure (or its rounding interval, if wider).</summary>
    About,
    /// <summary>超过, 突破, 逾: at least the figure.</summary>
    MoreThan,
    /// <summary>以上, 不少于: at least the figure.</summary>
    AtLeast,
    /// <summary>近: between 90 % of the figure and the figure.</summary>
    Nearly,
    /// <summary>不足, 不到, 低于: at most the figure.</summary>
    LessThan,
}

public static class Qualifiers
{
    public static Qualifier? Parse(string text) => text.Trim() switch
    {
        "decline" => Qualifier.Decline,
        "about" => Qualifier.About,
        "more-than" => Qualifier.MoreThan,
        "at-least" => Qualifier.AtLeast,
        "nearly" => Qualifier.Nearly,
        "less-than" => Qualifier.LessThan,
        _ => null,
    };

    public static string Name(Qualifier q) => q switch
    {
        Qualifier.Decline => "decline",
        Qualifier.About => "about",
        Qualifier.MoreThan => "more-than",
        Qualifier.AtLeast => "at-least",
        Qualifier.Nearly => "nearly",
        Qualifier.LessThan => "less-than",
        _ => q.ToString(),
    };

    public static readonly string[] All = ["decline", "about", "more-than", "at-least", "nearly", "less-than"];
}
