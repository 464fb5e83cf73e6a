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
/// one is skipped with the reason as the message and the same details in system-out; an undecided
/// one has an error (it could not be checked).
/// </summary>
public static class JUnitReport
{
    public static string Render(IReadOnlyList<CheckRun> runs)
    {
        var suites = runs.Select(Suite).ToList();
        var root = new XElement("testsuites",
            new XAttribute("name", "OutsourcingChecks"),
            Count("tests", runs.Sum(r => r.Findings.Count)),
            Count("failures", runs.Sum(r => r.Inconsistent)),
            Count("errors", runs.Sum(r => r.Undecided)),
            Count("skipped", runs.Sum(r => r.Acknowledged)),
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
            new XAttribute("name", Xml(name)),
            Count("tests", run.Findings.Count),
            Count("failures", run.Inconsistent),
            Count("errors", run.Undecided),
            Count("skipped", run.Acknowledged),
            run.Findings.OrderBy(Discrepancies.FirstLine).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => Case(run, name, f)));
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
            case FindingStatus.Undecided: // a test that could not run: an error, not a pass or a failure
                element.Add(new XElement("error", new XAttribute("message", Xml(f.Message)), new XAttribute("type", "undecided"), Xml(Details(run, f))));
                break;
        }
        return element;
    }

    private static string Details(CheckRun run, Finding f)
    {
        var sb = new StringBuilder();
        sb.Append(f.Message).Append('\n');
        sb.Append("claim: ").Append(f.Claim).Append('\n');
        if (f.Stated is not null) sb.Append("stated: ").Append(f.Stated).Append('\n');
        if (Discrepancies.Implied(f) is { } implied) sb.Append("implied: ").Append(implied).Append('\n');
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
