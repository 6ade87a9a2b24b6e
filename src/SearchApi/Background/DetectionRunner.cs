using System.Diagnostics;
using System.Threading.Channels;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Settings;

namespace LawMonitor.SearchApi.Background;

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
    private readonly Lock sync = new();
    private readonly List<(int Count, TaskCompletionSource Done)> waiters = [];
    private readonly List<TaskCompletionSource> idle = [];
    private int queued;
    private int completed;

    /// <summary>The latest run, or null before the first.</summary>
    public DetectionRun? Last { get; private set; }

    /// <summary>How many runs have finished since the service started (asked for or after a batch).</summary>
    public int Completed
    {
        get
        {
            lock (sync)
            {
                return completed;
            }
        }
    }

    /// <summary>Asks for a run after an ingest batch (nothing happens when Monitoring:DetectAfterIngest is off).</summary>
    public void Request(string trigger)
    {
        if (!settings.DetectAfterIngest)
        {
            return;
        }

        lock (sync)
        {
            if (requests.Writer.TryWrite(trigger))
            {
                queued++;
            }
        }
    }

    /// <summary>
    /// Completes when no run asked for after a batch is waiting or going on: what was ingested before the call
    /// has been through the detectors and the alert checks (a batch that had asked for a run before the call).
    /// </summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            if (queued == 0)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idle.Add(done);
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Completes once <paramref name="count"/> runs have finished since the service started.</summary>
    public Task WhenCompletedAsync(int count, CancellationToken cancellationToken = default)
    {
        lock (sync)
        {
            if (completed >= count)
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((count, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Runs the detectors now and returns the run.</summary>
    public async Task<DetectionRun> RunNowAsync(string trigger, CancellationToken cancellationToken)
    {
        await oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);

        // At the lowest CPU priority: searches and uploads take the cores before the detectors do (see LowPriorityThread).
        // The next run waits for this one's thread, not for its caller: a caller that gives up leaves the run to stop
        // at its next safe point, and only then may another begin.
        var work = LowPriorityThread.Run(() => RunOnce(trigger, cancellationToken), "detectors");
        _ = work.ContinueWith(_ => ReleaseTurn(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return await work.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void ReleaseTurn()
    {
        try
        {
            oneAtATime.Release();
        }
        catch (ObjectDisposedException)
        {
            // the service stopped while a cancelled run was reaching its safe point: nobody waits for the turn
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var trigger in requests.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunNowAsync(trigger, stoppingToken).ConfigureAwait(false);
                lock (sync)
                {
                    if (--queued == 0)
                    {
                        idle.ForEach(w => w.TrySetResult());
                        idle.Clear();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the service is stopping
        }
    }

    private DetectionRun RunOnce(string trigger, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        DetectionRun run;
        try
        {
            var summary = Detection.Run(index, store, units, calendar: new Indexer.Calendar.VietnamCalendar(clock), cancellationToken: cancellationToken); // only what changed since the last run
            var notified = alerts.CheckAll(cancellationToken);
            run = new DetectionRun(trigger, started, watch.Elapsed, summary, null) { Notifications = notified };
            LogRan(logger, trigger, summary.TotalAdded, notified, watch.ElapsedMilliseconds);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped where the next run picks up (Detection.Run): the service is stopping, or whoever asked gave up.
            run = new DetectionRun(trigger, started, watch.Elapsed, null, "các bộ phát hiện đã dừng giữa chừng; lần chạy sau tiếp tục phần còn lại (stopped; the next run goes on from there)");
            LogStopped(logger, trigger);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            run = new DetectionRun(trigger, started, watch.Elapsed, null, "các bộ phát hiện dừng vì lỗi ngoài dự kiến; chi tiết đã ghi vào nhật ký máy chủ (the detectors stopped on an unexpected error; see the server log)");
            LogFailed(logger, e, trigger);
        }

        Last = run;
        lock (sync)
        {
            completed++;
            foreach (var waiter in waiters.Where(w => w.Count <= completed).ToList())
            {
                waiters.Remove(waiter);
                waiter.Done.TrySetResult();
            }
        }

        return run;
    }

    public override void Dispose()
    {
        oneAtATime.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Detectors stopped before the end ({Trigger}); the next run goes on from there")]
    private static partial void LogStopped(ILogger logger, string trigger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Detectors ran ({Trigger}): {Added} new candidate findings, {Notified} notifications, in {Milliseconds} ms")]
    private static partial void LogRan(ILogger logger, string trigger, int added, int notified, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Detectors failed ({Trigger})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string trigger);
}
