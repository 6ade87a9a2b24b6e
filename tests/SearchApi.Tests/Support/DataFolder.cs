using LawMonitor.Indexer.Storage;
using Microsoft.Data.Sqlite;

namespace LawMonitor.SearchApi.Tests.Support;

/// <summary>A data folder another process is writing: its index's generation, and a wait on its files changing.</summary>
public static class DataFolder
{
    /// <summary>The index's generation as it lies on disk (0 before the index exists).</summary>
    public static long Generation(string data)
    {
        var path = Path.Combine(data, LegalIndex.FileName);
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE key = 'generation'";
            return long.TryParse(command.ExecuteScalar() as string, out var g) ? g : 0;
        }
        catch (SqliteException)
        {
            return 0; // not created yet
        }
    }

    /// <summary>
    /// Completes when <paramref name="condition"/> holds, checked each time a file of <paramref name="data"/> changes
    /// (no polling), or when <paramref name="writer"/> exits first; false then, or when <paramref name="timeout"/> passes.
    /// </summary>
    public static async Task<bool> WhenAsync(string data, Func<bool> condition, System.Diagnostics.Process writer, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(writer);
        Directory.CreateDirectory(data);
        using var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(data) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName };
        watcher.Changed += (_, _) => changed.Release();
        watcher.Created += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        using var bound = new CancellationTokenSource(timeout);
        var exited = writer.WaitForExitAsync(bound.Token);
        while (!condition())
        {
            if (writer.HasExited)
            {
                return false;
            }

            var next = await Task.WhenAny(changed.WaitAsync(bound.Token), exited);
            if (next.IsCanceled || bound.IsCancellationRequested)
            {
                return condition();
            }
        }

        return true;
    }
}
