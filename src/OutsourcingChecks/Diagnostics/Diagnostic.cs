using System.Globalization;
using OutsourcingChecks.Model;

namespace OutsourcingChecks.Diagnostics;

/// <summary>One problem with the input: what (a descriptor), where, and the words that fill its message.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, Location Location, IReadOnlyList<object> Arguments)
{
    public string Code => Descriptor.Code;

    /// <summary>The message, its arguments filled in; control characters from the input are escaped (<see cref="Printable"/>).</summary>
    public string Message => Printable.Line(string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments.ToArray()));

    public override string ToString() => $"{Printable.Line(Location.ToString())}: error {Code}: {Message}";
}

/// <summary>Describes a kind of input problem once (Roslyn's DiagnosticDescriptor).</summary>
public sealed record DiagnosticDescriptor(string Code, string Title, string MessageFormat);

/// <summary>Collects every input problem of a run, so one bad entry never hides the next.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(DiagnosticDescriptor descriptor, Location location, params object[] arguments) =>
        _items.Add(new Diagnostic(descriptor, location, arguments));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    /// <summary>The diagnostics in file, line, column order.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Location.File, StringComparer.Ordinal)
              .ThenBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
}
