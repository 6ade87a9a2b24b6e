using LawMonitor.Crawler.Engine;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.SearchApi.Background;

/// <summary>
/// Runs crawls in the background of the service, one per source at a time (the engine's lock also keeps out
/// a CLI crawl of the same source); a service stop interrupts them, and the next start resumes them.
/// </summary>
internal sealed partial class CrawlRunner(CrawlEngine engine, DetectionRunner detection, IHostApplicationLifetime lifetime, ILogger<CrawlRunner> logger)
{
    private readonly Dictionary<string, Task<Outcome<CrawlRun>>> active = new(StringComparer.Ordinal);
    private readonly Lock sync = new();

    /// <summary>Whether <paramref name="source"/> is being crawled by this service.</summary>
    public bool IsRunning(string source)
    {
        lock (sync)
        {
            return active.ContainsKey(source);
        }
    }

    /// <summary>Completes when this service's crawl of <paramref name="source"/>, if one is going on, has ended (stopped runs included).</summary>
    public Task WhenFinishedAsync(string source, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            return active.TryGetValue(source, out var task)
                ? task.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).WaitAsync(cancellationToken)
                : Task.CompletedTask;
        }
    }

    /// <summary>Starts a run of <paramref name="source"/>: its id once it has one, or why it could not start.</summary>
    public async Task<(long? RunId, string? Error)> StartAsync(CrawlSource source, string trigger)
    {
        var id = new TaskCompletionSource<long?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<Outcome<CrawlRun>> task;
        lock (sync)
        {
            if (active.ContainsKey(source.Name))
            {
                return (null, $"nguồn {source.Name} đang được thu thập (the source is being crawled)");
            }

            task = Task.Run(() => engine.RunAsync(source, trigger, null, runId => id.TrySetResult(runId), lifetime.ApplicationStopping));
            active[source.Name] = task;
        }

        _ = task.ContinueWith(t =>
        {
            lock (sync)
            {
                active.Remove(source.Name);
            }

            if (t.IsFaulted)
            {
                LogFailed(logger, t.Exception!, source.Name);
            }
            else if (t.IsCompletedSuccessfully && !t.Result.Succeeded)
            {
                LogRefused(logger, source.Name, t.Result.Error?.Message ?? "");
            }
            else
            {
                detection.Request("crawl:" + source.Name); // what the run ingested is checked like any batch
            }

            id.TrySetResult(null);
        }, TaskScheduler.Default);

        var runId = await id.Task.ConfigureAwait(false);
        if (runId is not null)
        {
            return (runId, null);
        }

        return (null, task.IsCompletedSuccessfully ? task.Result.Error?.Message : "không bắt đầu được (could not start)");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Crawl of {Source} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl of {Source} did not start: {Reason}")]
    private static partial void LogRefused(ILogger logger, string source, string reason);
}
