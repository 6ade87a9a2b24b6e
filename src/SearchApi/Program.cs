using LawMonitor.SearchApi.Cli;
using Spectre.Console;

// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org): a pipe or a file gets plain text.
if (Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    var plain = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Out),
    });

    // In a file: tables not cut to an 80-column terminal, sentences not cut at all.
    AnsiConsole.Console = Console.IsOutputRedirected ? new FileConsole(plain) : plain;
}

// One executable: `serve` runs the HTTP service, every other verb is a command-line tool. A data folder this
// build cannot use is said in a sentence that names the file and what to do, not a stack trace.
try
{
    return await LawMonitorCli.InvokeAsync(args);
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // A store this build cannot use (perhaps wrapped by the host that opened it): its sentence, exit code 3; a
    // setting out of range: its sentence (not a stack trace), exit code 1.
    // Anything else as System.CommandLine's default handler printed it: on standard error, exit code 1.
    for (var inner = e; inner is not null; inner = inner.InnerException)
    {
        if (inner is LawMonitor.Indexer.Storage.Sqlite.StoreFormatException or LawMonitor.Indexer.Storage.IndexFormatException)
        {
            await Console.Error.WriteLineAsync("lawmonitor: " + inner.Message);
            return 3;
        }

        if (inner is Microsoft.Extensions.Options.OptionsValidationException invalid)
        {
            // A setting out of range: the sentence names it (Monitoring:AnswerDays, Search:PostingsCacheMegabytes …).
            await Console.Error.WriteLineAsync("lawmonitor: " + string.Join("; ", invalid.Failures));
            return 1;
        }
    }

    await Console.Error.WriteLineAsync("lawmonitor: " + e);
    return 1;
}
