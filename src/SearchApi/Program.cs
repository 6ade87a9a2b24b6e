using LawMonitor.SearchApi.Cli;
using Spectre.Console;

// Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org): a pipe or a file gets plain text.
if (Console.IsOutputRedirected || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
{
    AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(Console.Out),
    });
    if (Console.IsOutputRedirected)
    {
        AnsiConsole.Profile.Width = 160; // tables in a file are not cut to an 80-column terminal
    }
}

// One executable: `serve` runs the HTTP service, every other verb is a command-line tool.
return await LawMonitorCli.Build().Parse(args).InvokeAsync();
