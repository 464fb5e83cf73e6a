using FluentAssertions;
using OutsourcingChecks.Diagnostics;
using OutsourcingChecks.Reporting;
using OutsourcingChecks.Tests.Support;

namespace OutsourcingChecks.Tests.Reporting;

/// <summary>
/// Control characters from the input (a report text holding NUL, ESC or BEL; a YAML key holding a
/// terminal's escape sequences) never reach a terminal or an HTML page raw: a terminal gets their
/// escapes (\u001B), HTML gets U+FFFD.
/// </summary>
[TestFixture]
public class ControlCharacterTests
{
    private static bool RawControl(string s) => s.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');

    [Test]
    public void Html_escaping_replaces_control_characters()
    {
        HtmlReport.H("a\u0000b\u001B[31mc\u0007<d>").Should().Be("a\uFFFDb\uFFFD[31mc\uFFFD&lt;d&gt;");
        HtmlReport.H("line\nnext\ttab").Should().Be("line\nnext\ttab");
    }

    [Test]
    public void A_report_text_holding_nul_esc_and_bel_gives_an_html_page_without_them()
    {
        var f = new ReviewFixture();
        File.WriteAllText(f.Paths.SourceFile, ReviewFixture.Source.Replace("B 60.0 亿美元", "B 60.0 亿美元 \u0000\u001B[2J\u0007"));
        var (_, html, stderr) = InProcessCli.Run("check", "--facts", f.Paths.FactsDirectory, "--format", "html");
        html.Should().Contain("B 60.0 亿美元", stderr).And.Contain("\uFFFD[2J\uFFFD");
        RawControl(html).Should().BeFalse();
    }

    [Test]
    public void Printable_escapes_what_a_terminal_would_act_on()
    {
        Printable.Line("key \u001B[2J\u001B[31mred\u0007\r\n").Should().Be("key \\u001B[2J\\u001B[31mred\\u0007\\u000D\\u000A");
        Printable.Text("trace\n  at x\tdone\u001B").Should().Be("trace\n  at x\tdone\\u001B");
        Printable.Line("中文 plain").Should().Be("中文 plain");
    }

    [Test]
    public void A_yaml_key_holding_escape_sequences_is_shown_escaped_on_standard_error()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "BadInput", "corpus", "terminal-escape-in-key");
        var (exit, _, stderr) = InProcessCli.Run("check", "--facts", Path.Combine(dir, "facts"), "--rules", Path.Combine(dir, "rules"),
            "--source", Path.Combine(dir, "source.txt"));
        exit.Should().Be(2);
        stderr.Should().Contain("unknown top-level section '\\u001B[2J\\u001B[31mred'");
        RawControl(stderr).Should().BeFalse();
    }
}
