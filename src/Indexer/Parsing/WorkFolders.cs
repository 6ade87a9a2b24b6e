using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LawMonitor.Indexer.Parsing;

/// <summary>
/// The temporary folders where a PDF or DOC is handed to pdftotext, pdftoppm, tesseract or antiword. Each is
/// named after the process that made it (<c>lawmonitor-pdf-4711-…</c>), so that after a kill -9 the next
/// start can tell what was left by a process that is gone: <see cref="SweepOrphans"/> ends the tools still
/// working in such a folder and removes the folder. Folders of a live process (another CLI run, the service)
/// are left alone.
/// </summary>
public static partial class WorkFolders
{
    /// <summary>A new folder for one file's work, named after <paramref name="kind"/> ("pdf", "doc") and this process.</summary>
    public static DirectoryInfo Create(string kind) =>
        Directory.CreateTempSubdirectory($"lawmonitor-{kind}-{Environment.ProcessId}-");

    /// <summary>Ends the tools and removes the folders left by processes that are gone; returns how many of each.</summary>
    public static (int Processes, int Folders) SweepOrphans() => SweepOrphans(Path.GetTempPath(), IsRunning);

    internal static (int Processes, int Folders) SweepOrphans(string tempRoot, Func<int, bool> isRunning)
    {
        var killed = 0;
        if (Directory.Exists("/proc"))
        {
            foreach (var entry in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(entry), out var pid) || pid == Environment.ProcessId)
                {
                    continue;
                }

                string commandLine;
                try
                {
                    commandLine = File.ReadAllText(Path.Combine(entry, "cmdline")).Replace('\0', ' ');
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue; // gone meanwhile, or not ours
                }

                if (Owner(commandLine, tempRoot) is { } owner && !isRunning(owner) && Kill(pid))
                {
                    killed++;
                }
            }
        }

        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(tempRoot, "lawmonitor-*"))
        {
            var match = FolderName().Match(Path.GetFileName(folder));
            if (match.Success && !isRunning(int.Parse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                    removed++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // still in use by a tool that would not die; the next start tries again
                }
            }
        }

        return (killed, removed);
    }

    private static int? Owner(string commandLine, string tempRoot)
    {
        var at = commandLine.IndexOf(Path.Combine(tempRoot, "lawmonitor-"), StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var match = FolderName().Match(commandLine[(at + tempRoot.Length)..].TrimStart('/'));
        return match.Success ? int.Parse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static bool Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Whether a process with this id is running (an owner that is gone leaves what it made to be cleared).</summary>
    internal static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^lawmonitor-(?:pdf|doc)-(?<pid>\d{1,9})-")]
    private static partial Regex FolderName();
}
