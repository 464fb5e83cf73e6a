using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Reporting;

/// <summary>
/// JUnit XML for CI test reports: a test suite per report, a test case per check. An inconsistent
/// check has a failure (the message, then the figures with their lines and quotes); an acknowledged
/// one is skipped with the reason as the message and the same details in system-out.
/// </summary>
public static class JUnitReport
{
    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        var suites = runs.Select(Suite).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "OutsourcingChecks"),
            Count("tests", runs.Sum(r => r.Findings.Count + r.Report.Attributions.Count)),
            Count("failures", runs.Sum(r => r.Inconsistent)),
            Count("errors", 0),
            Count("skipped", runs.Sum(r => r.Acknowledged + r.Report.Attributions.Count)),
            suites);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings)) new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static XElement Suite(CheckRun run)
    {
        var name = Discrepancies.ReportName(run);
        return new XElement("testsuite",
            new XAttribute("name", name),
            Count("tests", run.Findings.Count + run.Report.Attributions.Count),
            Count("failures", run.Inconsistent),
            Count("errors", 0),
            Count("skipped", run.Acknowledged + run.Report.Attributions.Count),
            run.Findings.OrderBy(Discrepancies.FirstLine).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => Case(run, name, f)),
            run.Report.Attributions.Select(a => Attribution(name, a)));
    }

    private static XElement Case(CheckRun run, string suite, Finding f)
    {
        var element = new XElement("testcase", new XAttribute("name", Xml(f.Id)), new XAttribute("classname", Xml($"{suite}.{f.Kind}")));
        switch (f.Status)
        {
            case FindingStatus.Inconsistent:
                element.Add(new XElement("failure", new XAttribute("message", Xml(f.Message)), new XAttribute("type", f.Kind), Xml(Details(run, f))));
                break;
            case FindingStatus.Acknowledged:
                element.Add(new XElement("skipped", new XAttribute("message", Xml("acknowledged: " + f.AcknowledgementReason))));
                element.Add(new XElement("system-out", Xml(Details(run, f))));
                break;
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
