using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Background;

/// <summary>
/// The background job: at start, registers the source files of the sources folder and resumes interrupted
/// runs; then, every minute, starts each enabled source whose schedule is due (its last run started at least
/// one interval ago).
/// </summary>
internal sealed partial class CrawlScheduler(SourceCatalog catalog, CrawlStore store, CrawlRunner runner, CrawlSettings settings, string? sourcesDirectory, TimeProvider clock, ILogger<CrawlScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (sourcesDirectory is not null)
        {
            foreach (var error in catalog.LoadFolder(sourcesDirectory))
            {
                LogInvalidSource(logger, error.Field, error.Message);
            }
        }

        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, settings.CheckSeconds)), clock);
        do
        {
            await StartDueAsync().ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Starts every due source; returns how many started.</summary>
    internal async Task<int> StartDueAsync()
    {
        var started = 0;
        foreach (var stored in store.ListSources())
        {
            if (catalog.Get(stored.Name) is not { Succeeded: true } read || runner.IsRunning(stored.Name))
            {
                continue;
            }

            var source = read.Source;
            var last = store.LatestRun(source.Name);
            var interrupted = last is { Status: CrawlRunStatus.Running };
            var due = source.Enabled && source.Schedule is { } every && (last is null || last.StartedAt + every <= clock.GetUtcNow());
            if (interrupted || due)
            {
                var (runId, _) = await runner.StartAsync(source, interrupted ? "resume" : "schedule").ConfigureAwait(false);
                started += runId is null ? 0 : 1;
            }
        }

        return started;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Source definition not registered: {Field}: {Message}")]
    private static partial void LogInvalidSource(ILogger logger, string field, string message);
}
