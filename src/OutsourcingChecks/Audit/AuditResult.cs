using OutsourcingChecks.Loading;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Audit;

/// <summary>Whether the checks catch a figure's slips of one kind.</summary>
public enum Protection
{
    /// <summary>The figure has no slip of that kind (one digit cannot be swapped).</summary>
    NotApplicable,
    /// <summary>Every slip of that kind makes some check fail.</summary>
    Protected,
    /// <summary>At least one slip of that kind passes every check.</summary>
    Unprotected,
}

/// <summary>A slip of a fact and the check that catches it (null when none does).</summary>
public sealed record SlipOutcome(Slip Slip, string? CaughtBy)
{
    public bool Caught => CaughtBy is not null;
}

/// <summary>One fact, the checks that involve it, and what each of its slips does to them.</summary>
public sealed record FactProtection(Fact Fact, IReadOnlyList<string> Checks, IReadOnlyList<SlipOutcome> Slips)
{
    public Protection Against(MutationKind kind)
    {
        var of = Slips.Where(s => s.Slip.Kind == kind).ToList();
        if (of.Count == 0) return Protection.NotApplicable;
        return of.All(s => s.Caught) ? Protection.Protected : Protection.Unprotected;
    }

    /// <summary>True when the fact is unprotected against some kind of slip.</summary>
    public bool IsUnprotected => Audit.Slips.Kinds.Any(k => Against(k) == Protection.Unprotected);
}

/// <summary>The facts of one chapter (by their report line) and their protection.</summary>
public sealed record ChapterProtection(Chapter Chapter, IReadOnlyList<FactProtection> Facts)
{
    /// <summary>The share of all slips of the chapter's facts that some check catches (1 when there is none).</summary>
    public decimal SlipsCaught => AuditResult.CaughtShare(Facts);

    /// <summary>Facts protected against the kind, of those that can suffer it (1 when none can).</summary>
    public decimal Share(MutationKind kind)
    {
        var applicable = Facts.Count(f => f.Against(kind) != Protection.NotApplicable);
        return applicable == 0 ? 1m : (decimal)Facts.Count(f => f.Against(kind) == Protection.Protected) / applicable;
    }
}

/// <summary>The protection audit of a report: per chapter, which facts' slips the checks catch.</summary>
public sealed record AuditResult(string SourcePath, IReadOnlyList<ChapterProtection> Chapters)
{
    public IEnumerable<FactProtection> Facts => Chapters.SelectMany(c => c.Facts);

    /// <summary>The share of all slips that some check catches (1 when there is none).</summary>
    public decimal SlipsCaught => CaughtShare(Facts);

    internal static decimal CaughtShare(IEnumerable<FactProtection> facts)
    {
        var slips = facts.SelectMany(f => f.Slips).ToList();
        return slips.Count == 0 ? 1m : (decimal)slips.Count(s => s.Caught) / slips.Count;
    }

    public decimal Share(MutationKind kind)
    {
        var applicable = Facts.Count(f => f.Against(kind) != Protection.NotApplicable);
        return applicable == 0 ? 1m : (decimal)Facts.Count(f => f.Against(kind) == Protection.Protected) / applicable;
    }
}
