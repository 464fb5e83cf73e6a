namespace OutsourcingChecks.Expressions;

/// <summary>How the stated side of a check relates to what the other figures imply.</summary>
public enum Relation { Equal, Less, LessOrEqual, Greater, GreaterOrEqual }

public static class Relations
{
    public static Relation? Parse(string text) => text.Trim() switch
    {
        "=" or "==" => Relation.Equal,
        "<" => Relation.Less,
        "<=" or "≤" => Relation.LessOrEqual,
        ">" => Relation.Greater,
        ">=" or "≥" => Relation.GreaterOrEqual,
        _ => null,
    };

    public static string Symbol(Relation r) => r switch
    {
        Relation.Equal => "=",
        Relation.Less => "<",
        Relation.LessOrEqual => "<=",
        Relation.Greater => ">",
        Relation.GreaterOrEqual => ">=",
        _ => "?",
    };
}
