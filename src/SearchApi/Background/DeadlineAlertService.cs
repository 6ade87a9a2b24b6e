namespace LawMonitor.SearchApi.Background;

/// <summary>
/// Checks, every hour on the service's clock, the tasks and reports falling due or overdue against the watches
/// (<see cref="Alerts.AlertChecker.CheckDeadlines"/>): a deadline passes without anything being ingested, so the
/// check after each ingest batch alone would miss it. The first check runs when the service starts.
/// </summary>
public sealed partial class DeadlineAlertService(Alerts.AlertChecker alerts, TimeProvider clock, ILogger<DeadlineAlertService> logger) : BackgroundService
{
    /// <summary>How often the deadlines are checked.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // start-up goes on while the first check runs
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var notified = await LowPriorityThread.Run(() => alerts.CheckDeadlines(stoppingToken), "deadline alerts").WaitAsync(stoppingToken).ConfigureAwait(false);
                if (notified > 0)
                {
                    LogNotified(logger, notified);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                LogFailed(logger, e);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deadline alerts: {Notified} notifications")]
    private static partial void LogNotified(ILogger logger, int notified);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline alerts failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
