using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// JUnit XML for CI test reports: a test suite per report, a test case per check. A check that fails
/// the gate has a failure (the message, then the figures with their lines and quotes); an
/// acknowledged one (or a note, or any other group that does not fail) is skipped with its group and
/// reason as the message and the same details in system-out.
/// </summary>
public static class JUnitReport
{
    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        var digests = RunDigest.Of(runs);
        var suites = digests.Select(Suite).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "OutsourcingChecks"),
            Count("tests", digests.Sum(d => d.Checks + d.Run.Report.Attributions.Count)),
            Count("failures", digests.Sum(d => d.New.Count)),
            Count("errors", 0),
            Count("skipped", digests.Sum(Skipped)),
            suites);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings)) new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Reviewed findings, notes and any other group that does not fail, and the attribution findings.</summary>
    private static int Skipped(RunDigest d) => d.Groups.Where(g => !g.Fails).Sum(g => g.Findings.Count) + d.Run.Report.Attributions.Count;

    private static XElement Suite(RunDigest d)
    {
        var run = d.Run;
        var name = d.Name;
        var groups = d.Groups.SelectMany(g => g.Findings.Select(f => (f.Id, g))).ToDictionary(x => x.Id, x => x.g, StringComparer.Ordinal);
        return new XElement("testsuite",
            new XAttribute("name", Xml(name)), // a folder name may hold what XML cannot
            Count("tests", d.Checks + run.Report.Attributions.Count),
            Count("failures", d.New.Count),
            Count("errors", 0),
            Count("skipped", Skipped(d)),
            run.Findings.OrderBy(Discrepancies.FirstLine).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => Case(run, name, f, groups.GetValueOrDefault(f.Id))),
            run.Report.Attributions.Select(a => Attribution(name, a)));
    }

    /// <summary>A check: passed when consistent, a failure when it fails the gate, else skipped with its group and reason.</summary>
    private static XElement Case(CheckRun run, string suite, Finding f, FindingGroup? group)
    {
        var element = new XElement("testcase", new XAttribute("name", Xml(f.Id)), new XAttribute("classname", Xml($"{suite}.{f.Kind}")));
        if (group is null) return element;
        if (group.Fails)
            element.Add(new XElement("failure", new XAttribute("message", Xml(f.Message)), new XAttribute("type", f.Kind), Xml(Details(run, f))));
        else
        {
            element.Add(new XElement("skipped", new XAttribute("message", Xml($"{group.Key}: {f.AcknowledgementReason ?? group.Explanation ?? f.Message}"))));
            element.Add(new XElement("system-out", Xml(Details(run, f))));
        }
        return element;
    }

    /// <summary>An attribution finding (a figure credited to the wrong place, recorded by a reader): skipped, as a reviewed finding is, with its reason.</summary>
    private static XElement Attribution(string suite, Attribution a) =>
        new("testcase", new XAttribute("name", Xml(a.Id)), new XAttribute("classname", Xml($"{suite}.attribution")),
            new XElement("skipped", new XAttribute("message", Xml("attribution: " + a.Reason))),
            new XElement("system-out", Xml($"report line {a.SourceLine.ToString(CultureInfo.InvariantCulture)}: \"{a.Quote}\"\n{a.Reason}\n{a.Location}\n")));

    private static string Details(CheckRun run, Finding f)
    {
        var sb = new StringBuilder();
        sb.Append(f.Message).Append('\n');
        sb.Append("claim: ").Append(f.Claim).Append('\n');
        if (f.Stated is not null) sb.Append("stated: ").Append(f.Stated).Append('\n');
        if (Shown.Implied(f) is { } implied) sb.Append("implied: ").Append(implied).Append('\n');
        sb.Append("rule: ").Append(f.RuleId).Append(" at ").Append(f.RuleLocation).Append('\n');
        foreach (var x in f.Figures)
            sb.Append(CultureInfo.InvariantCulture, $"- {x.Id} = {x.Written} {x.Unit} · report line {x.SourceLine} · \"{x.Quote}\" · {x.Location}\n");
        if (f.AcknowledgementReason is not null) sb.Append("acknowledged: ").Append(f.AcknowledgementReason).Append('\n');
        return sb.ToString();
    }

    /// <summary>XML 1.0 cannot hold every character (most control characters): those become U+FFFD.</summary>
    private static string Xml(string s) => s.All(XmlConvert.IsXmlChar) ? s : new string(s.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD').ToArray());

    private static XAttribute Count(string name, int n) => new(name, n.ToString(CultureInfo.InvariantCulture));
}
