using System.Reflection;

namespace OutsourcingChecks.Tests.Support;

/// <summary>Runs the command-line program in process (its real entry point), capturing what it prints.</summary>
public static class InProcessCli
{
    private static readonly MethodInfo EntryPoint = typeof(OutsourcingChecks.Cli.CheckCommand).Assembly.EntryPoint!;
    private static readonly object Gate = new();

    public static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        lock (Gate)
        {
            var (out0, err0) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var exit = (int)EntryPoint.Invoke(null, [args])!;
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(out0);
                Console.SetError(err0);
            }
        }
    }
}
