namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>
/// The tasks of a plan or a body (confirmed ones: proposals and rejected ones are no tasks), by where they stand on the
/// report's day; each task counts once: done on time, done late, open, overdue or cancelled.
/// </summary>
public sealed record TaskFigures(int Total, int DoneOnTime, int DoneLate, int Open, int Overdue, int Cancelled)
{
    /// <summary>Every task done, on time or late.</summary>
    public int Done => DoneOnTime + DoneLate;
}
