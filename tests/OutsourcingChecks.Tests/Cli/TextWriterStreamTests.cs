using System.Text;
using FluentAssertions;
using OutsourcingChecks.Cli;

namespace OutsourcingChecks.Tests.Cli;

/// <summary>A report streamed as UTF-8 bytes reaches the text writer as the same text, however the bytes are split.</summary>
[TestFixture]
public class TextWriterStreamTests
{
    private const string Text = "执行额 2264.8 亿美元, growth 22.8 % — «ok» 𝟙\n";

    [Test]
    public void Every_split_of_the_bytes_gives_the_same_text()
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        for (var split = 0; split <= bytes.Length; split++)
        {
            var writer = new StringWriter();
            using (var stream = new TextWriterStream(writer))
            {
                stream.Write(bytes, 0, split);
                stream.Write(bytes, split, bytes.Length - split);
            }
            writer.ToString().Should().Be(Text, $"split at byte {split}");
        }
    }

    [Test]
    public void Bytes_written_one_at_a_time_give_the_same_text()
    {
        var writer = new StringWriter();
        using (var stream = new TextWriterStream(writer))
            foreach (var b in Encoding.UTF8.GetBytes(Text)) stream.WriteByte(b);
        writer.ToString().Should().Be(Text);
    }
}
