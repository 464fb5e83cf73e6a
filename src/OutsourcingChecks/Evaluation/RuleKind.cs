using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Expressions;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Evaluation;

/// <summary>A kind of rule: its fields, and how a rule of that kind becomes checks.</summary>
public abstract class RuleKind
{
    public abstract string Name { get; }
    public abstract string Description { get; }
    public abstract IReadOnlyList<string> Required { get; }
    public virtual IReadOnlyList<string> Optional => [];

    public abstract IEnumerable<Check> Compile(Rule rule, CompileContext context);

    protected static RelationCheck Relation(Rule rule, string kind, Expr stated, Relation relation, Expr implied) =>
        new(rule.Id, rule.Id, kind, rule.Location, rule.Note, stated, relation, implied);
}

/// <summary>What compiling a rule needs: the known ids, and a place to report problems.</summary>
public sealed class CompileContext(IReadOnlySet<string> knownIds, DiagnosticBag bag)
{
    public DiagnosticBag Bag => bag;

    public Expr? Expression(Rule rule, string field)
    {
        if (!rule.Fields.TryGetValue(field, out var f)) return null;
        if (f.IsList || f.Items.Count != 1)
        {
            bag.Add(Descriptors.BadField, f.Items.FirstOrDefault()?.Location ?? rule.Location, $"rule '{rule.Id}'", $"'{field}' takes one expression, not a list");
            return null;
        }
        return Parse(rule, field, f.Single);
    }

    public IReadOnlyList<Expr>? Expressions(Rule rule, string field)
    {
        if (!rule.Fields.TryGetValue(field, out var f)) return null;
        var result = new List<Expr>();
        foreach (var item in f.Items)
            if (Parse(rule, field, item) is { } e) result.Add(e);
        return result.Count == f.Items.Count ? result : null;
    }

    public string? Text(Rule rule, string field) =>
        rule.Fields.TryGetValue(field, out var f) && !f.IsList ? f.Single.Text.Trim() : null;

    public Location LocationOf(Rule rule, string field) =>
        rule.Fields.TryGetValue(field, out var f) ? f.Items.FirstOrDefault()?.Location ?? rule.Location : rule.Location;

    private Expr? Parse(Rule rule, string field, RuleText item)
    {
        var expr = ExprParser.TryParse(item.Text, out var why);
        if (expr is null)
        {
            bag.Add(Descriptors.BadExpression, item.Location, $"rule '{rule.Id}', field '{field}'", item.Text, why!);
            return null;
        }
        return Known(rule, expr, item.Location) ? expr : null;
    }

    /// <summary>True when every id the expression names exists; reports each that does not.</summary>
    public bool Known(Rule rule, Expr expr, Location at)
    {
        HashSet<string>? unknown = null; // each reported once
        foreach (var id in expr.References())
        {
            if (knownIds.Contains(id) || !(unknown ??= new HashSet<string>(StringComparer.Ordinal)).Add(id)) continue;
            bag.Add(Descriptors.UnknownReference, at, $"rule '{rule.Id}'", id);
        }
        return unknown is null;
    }
}
