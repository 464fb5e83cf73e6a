using FluentAssertions;
using OutsourcingChecks.Reviewing;

namespace OutsourcingChecks.Tests.Reviewing;

/// <summary>A file is replaced whole through a temporary file and a rename, or not at all.</summary>
[TestFixture]
public class AtomicFileTests
{
    private string _dir = null!;

    [SetUp]
    public void Folder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "oc-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [Test]
    public void The_file_gets_the_new_text_as_utf8_without_a_bom_and_no_temporary_file_is_left()
    {
        var path = Path.Combine(_dir, "a.yaml");
        File.WriteAllText(path, "old");
        AtomicFile.Write(path, "新 text");
        File.ReadAllBytes(path).Should().Equal(System.Text.Encoding.UTF8.GetBytes("新 text"));
        Directory.GetFiles(_dir).Should().Equal(path);
    }

    [Test]
    public void The_old_file_is_replaced_not_rewritten_so_a_reader_of_it_never_sees_half_a_file()
    {
        Assume.That(!OperatingSystem.IsWindows(), "an open file cannot be replaced on Windows");
        var path = Path.Combine(_dir, "a.yaml");
        File.WriteAllText(path, "old content");
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        AtomicFile.Write(path, "new content");
        new StreamReader(reader).ReadToEnd().Should().Be("old content", "the reader still holds the old file whole");
        File.ReadAllText(path).Should().Be("new content");
    }

    [Test]
    public void A_folder_is_refused_and_left_alone()
    {
        var act = () => AtomicFile.Write(_dir, "x");
        act.Should().Throw<IOException>().WithMessage("*is a directory*");
        Directory.Exists(_dir).Should().BeTrue();
        Directory.GetFiles(_dir).Should().BeEmpty();
    }

    [Test]
    public void A_missing_folder_is_refused()
    {
        var act = () => AtomicFile.Write(Path.Combine(_dir, "no", "a.yaml"), "x");
        act.Should().Throw<IOException>().WithMessage("*does not exist*");
    }

    [Test]
    public void A_temporary_file_a_killed_writer_left_is_removed_by_the_next_write_of_that_file()
    {
        var path = Path.Combine(_dir, "a.yaml");
        var leftover = Path.Combine(_dir, $".a.yaml.{Guid.NewGuid():N}.tmp");
        var someoneElses = Path.Combine(_dir, ".b.yaml.0123456789abcdef0123456789abcdef.tmp");
        var notOurs = Path.Combine(_dir, ".a.yaml.notes.tmp");
        foreach (var f in new[] { leftover, someoneElses, notOurs }) File.WriteAllText(f, "half");
        AtomicFile.Write(path, "new");
        Directory.GetFiles(_dir).Order(StringComparer.Ordinal).Should().Equal(new[] { notOurs, someoneElses, path }.Order(StringComparer.Ordinal));
    }

    [Test]
    public void An_edit_reads_the_file_and_writes_what_the_edit_makes_of_it_or_nothing()
    {
        var path = Path.Combine(_dir, "a.yaml");
        File.WriteAllText(path, "one\n");
        AtomicFile.Edit(path, old => old + "two\n").Should().Be(path);
        File.ReadAllText(path).Should().Be("one\ntwo\n");
        AtomicFile.Edit(path, _ => null).Should().BeNull();
        File.ReadAllText(path).Should().Be("one\ntwo\n");
    }
}
