using System.Diagnostics;
using System.Threading.Channels;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>
/// Runs the detectors after ingest batches — then checks the users' saved searches and watches, so that
/// alerts see the same batch — in the background, one run at a time: requests made while a
/// run is going on coalesce into one more run (a burst of uploads costs two runs, not one per file). A run
/// asked for through the API waits for its result. A detector failure is logged and kept as the last run's
/// error; it never stops the service.
/// </summary>
public sealed partial class DetectionRunner(LegalIndex index, MonitoringStore store, DetectorUnitStore units, Alerts.AlertChecker alerts, MonitoringSettings settings, TimeProvider clock, ILogger<DetectionRunner> logger) : BackgroundService
{
    private readonly Channel<string> requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    /// <summary>The latest run, or null before the first.</summary>
    public DetectionRun? Last { get; private set; }

    /// <summary>Asks for a run after an ingest batch (nothing happens when Monitoring:DetectAfterIngest is off).</summary>
    public void Request(string trigger)
    {
        if (settings.DetectAfterIngest)
        {
            requests.Writer.TryWrite(trigger);
        }
    }

    /// <summary>Runs the detectors now and returns the run.</summary>
    public async Task<DetectionRun> RunNowAsync(string trigger, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // At the lowest CPU priority: searches and uploads take the cores before the detectors do (see LowPriorityThread).
            return await LowPriorityThread.Run(() => RunOnce(trigger), "detectors").WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            oneAtATime.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var trigger in requests.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunNowAsync(trigger, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the service is stopping
        }
    }

    private DetectionRun RunOnce(string trigger)
    {
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        DetectionRun run;
        try
        {
            var summary = Detection.Run(index, store, units, calendar: new Indexer.Calendar.VietnamCalendar(clock)); // only what changed since the last run
            var notified = alerts.CheckAll();
            run = new DetectionRun(trigger, started, watch.Elapsed, summary, null) { Notifications = notified };
            LogRan(logger, trigger, summary.TotalAdded, notified, watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            run = new DetectionRun(trigger, started, watch.Elapsed, null, "các bộ phát hiện dừng vì lỗi ngoài dự kiến; chi tiết đã ghi vào nhật ký máy chủ (the detectors stopped on an unexpected error; see the server log)");
            LogFailed(logger, e, trigger);
        }

        Last = run;
        return run;
    }

    public override void Dispose()
    {
        oneAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Detectors ran ({Trigger}): {Added} new candidate findings, {Notified} notifications, in {Milliseconds} ms")]
    private static partial void LogRan(ILogger logger, string trigger, int added, int notified, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Detectors failed ({Trigger})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string trigger);
}
