namespace OutsourcingChecks.Cli;

/// <summary>
/// A progress line on the terminal for long commands: drawn on standard error only when it is a
/// terminal, so redirected output and CI logs stay quiet.
/// </summary>
public sealed class TerminalProgress(string label, int total) : IProgress<int>, IDisposable
{
    private readonly bool _shown = !Console.IsErrorRedirected;
    private int _lastPercent = -1;

    public void Report(int value)
    {
        if (!_shown || total <= 0) return;
        var percent = (int)(100L * value / total);
        if (percent == _lastPercent) return;
        _lastPercent = percent;
        Console.Error.Write($"\r{label}: {value}/{total} ({percent}%)");
    }

    public void Dispose()
    {
        if (_shown && _lastPercent >= 0) Console.Error.Write("\r" + new string(' ', label.Length + 24) + "\r");
    }
}
