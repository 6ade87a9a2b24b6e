using System.Diagnostics;
using System.Text;

namespace LawMonitor.SearchApi.Tests.Support;

/// <summary>Runs the real lawmonitor executable (the built LawMonitor.SearchApi.dll) as a child process.</summary>
public static class Cli
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "LawMonitor.SearchApi.dll");

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Process Start(params string[] args) => Start(false, args);

    private static Process Start(bool input, string[] args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value; // null removes it
        }

        return Process.Start(info)!;
    }

    public static Task<Result> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    /// <summary>Runs a verb with <paramref name="input"/> on its standard input.</summary>
    public static Task<Result> RunWithInputAsync(string? input, params string[] args) => RunAsync(input, null, args);

    /// <summary>Runs a verb with these environment variables set (a null value removes one, as NO_COLOR).</summary>
    public static Task<Result> RunWithEnvironmentAsync(IReadOnlyDictionary<string, string?> environment, params string[] args) => RunAsync(null, environment, args);

    private static async Task<Result> RunAsync(string? input, IReadOnlyDictionary<string, string?>? environment, string[] args)
    {
        using var process = Start(input is not null, args, environment);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
