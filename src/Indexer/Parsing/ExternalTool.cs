using System.ComponentModel;
using System.Diagnostics;

namespace LawMonitor.Indexer.Parsing;

/// <summary>Runs a command-line tool (pdftotext, tesseract, antiword) with a timeout, capturing its output.</summary>
internal static class ExternalTool
{
    /// <summary>What a run produced.</summary>
    /// <param name="ExitCode">The exit code (-1 when it did not start or was killed).</param>
    /// <param name="Stdout">Standard output, raw.</param>
    /// <param name="Stderr">Standard error, as text.</param>
    /// <param name="Missing">The tool is not installed.</param>
    /// <param name="TimedOut">The run was killed at the timeout.</param>
    public sealed record Result(int ExitCode, byte[] Stdout, string Stderr, bool Missing, bool TimedOut);

    public static async Task<Result> RunAsync(string tool, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new Win32Exception("not started");
        }
        catch (Win32Exception)
        {
            return new Result(-1, [], $"{tool} is not installed", Missing: true, TimedOut: false);
        }

        using (process)
        {
            using var output = new MemoryStream();
            var stdout = process.StandardOutput.BaseStream.CopyToAsync(output, cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
                await stdout.ConfigureAwait(false);
                return new Result(process.ExitCode, output.ToArray(), await stderr.ConfigureAwait(false), Missing: false, TimedOut: false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                return new Result(-1, [], $"{tool} took longer than {timeout.TotalSeconds:F0} s", Missing: false, TimedOut: true);
            }
        }
    }
}
