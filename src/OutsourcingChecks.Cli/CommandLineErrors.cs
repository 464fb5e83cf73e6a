using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Cli;

/// <summary>
/// The errors of the command line itself (OC1NN), apart from the input files' (OC0NN): each names what
/// is missing or wrong and what to give instead. Reported like every input error: exit code 2.
/// </summary>
public static class CommandLineErrors
{
    public static readonly DiagnosticDescriptor NoSuchFolder = new("OC100", "No such folder", "{0} {1}: no such folder{2}");
    public static readonly DiagnosticDescriptor FileNotFolder = new("OC101", "A file, not a folder", "{0} {1} is a file; give the folder that holds the report's {2}{3}");
    public static readonly DiagnosticDescriptor FolderOfReports = new("OC102", "A folder of reports", "{0} {1} holds no YAML but the reports {2}; give one of them, e.g. {0} {3}");
    public static readonly DiagnosticDescriptor NoRulesFolder = new("OC103", "No rules folder", "no rules folder {0} (the folder beside facts/ guessed from --facts {1}); give the rules with --rules DIR");
    public static readonly DiagnosticDescriptor NoSuchFile = new("OC104", "No such file", "{0} {1}: no such file{2}");
    public static readonly DiagnosticDescriptor FolderNotFile = new("OC105", "A folder, not a file", "{0} {1} is a folder; give the report text, a file{2}");
    public static readonly DiagnosticDescriptor NoRepository = new("OC106", "No repository", "no facts/ and rules/ folders here or above; give --facts DIR (and --rules DIR)");
    public static readonly DiagnosticDescriptor NoReport = new("OC107", "No report", "no report folder with a source.txt under {0}{1}");
    public static readonly DiagnosticDescriptor NoRules = new("OC108", "No rules", "the rules folder {0} holds no rules: nothing would be checked, and a gate that checks nothing must not pass; add rules (docs/format.md) or give the report's rules with --rules DIR");
    public static readonly DiagnosticDescriptor NoChecks = new("OC109", "No checks", "the {0} rules under {1} define no check (no template matched any fact): nothing would be checked");
    public static readonly DiagnosticDescriptor Usage = new("OC110", "Bad command line", "{0}");
    public static readonly DiagnosticDescriptor BadOutput = new("OC111", "Bad output file", "{0}");
    public static readonly DiagnosticDescriptor BadAcknowledgement = new("OC112", "Cannot acknowledge", "{0}");
    public static readonly DiagnosticDescriptor ReadWriteFailed = new("OC113", "Read or write failed", "{0}");

    /// <summary>"error OC110: " and the like: the start of an error line without a path.</summary>
    public static string Error(DiagnosticDescriptor descriptor) => $"error {descriptor.Code}: ";

    public static Diagnostic At(DiagnosticDescriptor descriptor, string path, params object[] arguments) =>
        new(descriptor, new Location(path, 0, 0), arguments);

    public static Diagnostic Plain(DiagnosticDescriptor descriptor, params object[] arguments) =>
        new(descriptor, Location.None, arguments);

    /// <summary>"facts/exmple: error OC100: …", or "error OC106: …" where there is no path.</summary>
    public static string Show(Diagnostic d) => d.Location.File.Length == 0 ? $"error {d.Code}: {d.Message}" : d.ToString();

    /// <summary>"; did you mean X?" for the nearest names (edit distance at most a third of the name), or "".</summary>
    public static string DidYouMean(string wanted, IEnumerable<string> known, Func<string, string>? shown = null)
    {
        var name = Path.GetFileName(wanted.TrimEnd('/', Path.DirectorySeparatorChar));
        var near = known.Select(k => (k, d: Distance(name, Path.GetFileName(k))))
            .Where(x => x.d <= Math.Max(1, name.Length / 3)).OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).Take(3).Select(x => x.k).ToList();
        return near.Count == 0 ? "" : "; did you mean " + string.Join(" or ", near.Select(shown ?? (k => k))) + "?";
    }

    /// <summary>Levenshtein distance, case-insensitive.</summary>
    public static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
