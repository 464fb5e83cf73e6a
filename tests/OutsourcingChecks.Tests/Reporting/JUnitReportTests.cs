using System.Xml.Linq;
using FluentAssertions;
using OutsourcingChecks.Evaluation;
using OutsourcingChecks.Model;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>JUnit XML: a suite per report, a test case per check; failures for discrepancies, skips for acknowledged ones.</summary>
[TestFixture]
public class JUnitReportTests
{
    private CheckRun _run = null!;
    private XElement _root = null!;

    [OneTimeSetUp]
    public void Render()
    {
        _run = new ReviewFixture().Run();
        _root = XDocument.Parse(JUnitReport.Render([_run])).Root!;
    }

    private IEnumerable<XElement> Cases => _root.Elements("testsuite").Elements("testcase");
    private XElement Case(string id) => Cases.Single(c => (string?)c.Attribute("name") == id);

    [Test]
    public void An_attribution_finding_is_a_skipped_test_case_with_its_reason()
    {
        var run = new TestReport().Fact("a", "1.1").Fact("b", "2.2").Fact("t", "3.3").Rule("id: s\nkind: sum\nparts: [a, b]\ntotal: t")
            .Attribute("attribution.t", 4, "3.3 亿美元", "Credited to the nation; it is the city's.").Check().Run!;
        var suite = XDocument.Parse(JUnitReport.Render([run])).Root!.Element("testsuite")!;
        ((string?)suite.Attribute("tests")).Should().Be("2");
        ((string?)suite.Attribute("skipped")).Should().Be("1");
        var c = suite.Elements("testcase").Single(e => (string?)e.Attribute("name") == "attribution.t");
        ((string?)c.Attribute("classname")).Should().EndWith(".attribution");
        ((string?)c.Element("skipped")!.Attribute("message")).Should().Be("attribution: Credited to the nation; it is the city's.");
    }

    [Test]
    public void The_document_has_the_junit_structure()
    {
        _root.Name.LocalName.Should().Be("testsuites");
        _root.Elements().Select(e => e.Name.LocalName).Should().OnlyContain(n => n == "testsuite");
        var suite = _root.Elements("testsuite").Single();
        ((string?)suite.Attribute("name")).Should().Be("demo");
        foreach (var e in new[] { _root, suite })
            foreach (var a in new[] { "tests", "failures", "errors", "skipped" })
                int.TryParse((string?)e.Attribute(a), out _).Should().BeTrue($"{e.Name} has a numeric {a}");
        suite.Elements().Select(e => e.Name.LocalName).Should().OnlyContain(n => n == "testcase");
        foreach (var c in Cases)
        {
            c.Attribute("name").Should().NotBeNull();
            c.Attribute("classname").Should().NotBeNull();
            c.Elements().Select(e => e.Name.LocalName).Should().BeSubsetOf(["failure", "skipped", "system-out"]);
        }
    }

    [Test]
    public void One_test_case_per_check_and_the_counts_agree()
    {
        Cases.Select(c => (string?)c.Attribute("name")).Should().BeEquivalentTo(_run.Findings.Select(f => f.Id));
        var suite = _root.Element("testsuite")!;
        ((int)suite.Attribute("tests")!).Should().Be(Cases.Count());
        ((int)suite.Attribute("failures")!).Should().Be(Cases.Count(c => c.Element("failure") is not null)).And.Be(_run.Inconsistent);
        ((int)suite.Attribute("skipped")!).Should().Be(Cases.Count(c => c.Element("skipped") is not null)).And.Be(_run.Acknowledged);
        ((int)_root.Attribute("tests")!).Should().Be(_run.Findings.Count);
    }

    [Test]
    public void An_inconsistent_check_fails_with_its_message_and_figures()
    {
        var sum = _run.Findings.Single(f => f.Id == ReviewFixture.SumId);
        var failure = Case(ReviewFixture.SumId).Element("failure")!;
        ((string?)failure.Attribute("message")).Should().Be(sum.Message);
        ((string?)failure.Attribute("type")).Should().Be("sum");
        failure.Value.Should().Contain("stated: 100.0 亿美元").And.Contain(ReviewFixture.ScriptQuote).And.Contain("report line 6");
    }

    [Test]
    public void An_acknowledged_check_is_skipped_with_its_reason_and_its_details_in_system_out()
    {
        var c = Case(ReviewFixture.SameId);
        c.Element("failure").Should().BeNull();
        ((string?)c.Element("skipped")!.Attribute("message")).Should().Be("acknowledged: " + ReviewFixture.AckReason);
        c.Element("system-out")!.Value.Should().Contain("e = 22.8 %").And.Contain("f = 22.9 %");
    }

    [Test]
    public void A_consistent_check_passes() => Case("share.c").Elements().Should().BeEmpty();
}
