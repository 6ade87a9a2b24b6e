using LawMonitor.Indexer.Storage;

namespace LawMonitor.SearchApi.Background;

/// <summary>
/// Checks, every hour on the service's clock, what the calendar alone changes, since a day comes without anything
/// being ingested and the work after each ingest batch alone would miss it: documents whose own day of effect has
/// come are decided again (<see cref="LegalIndex.RefreshEffects"/>: "Chưa có hiệu lực" → "Còn hiệu lực"), then the
/// tasks and reports falling due or overdue are checked against the watches (<see cref="Alerts.AlertChecker.CheckDeadlines"/>).
/// The first check runs when the service starts.
/// </summary>
public sealed partial class DeadlineAlertService(LegalIndex index, Alerts.AlertChecker alerts, TimeProvider clock, ILogger<DeadlineAlertService> logger) : BackgroundService
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
                if (await LowPriorityThread.Run(() => index.RefreshEffects(clock), "effect by day").WaitAsync(stoppingToken).ConfigureAwait(false))
                {
                    LogEffects(logger);
                }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Documents whose day of effect has come were decided again")]
    private static partial void LogEffects(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deadline alerts failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
