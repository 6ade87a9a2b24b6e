namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// Where a task stands: proposed by reading its plan (a person confirms it, making it planned, or rejects it);
/// planned → in progress → done (with what shows it) or cancelled. Overdue is derived from the deadline.
/// </summary>
public enum PlanTaskStatus
{
    Proposed,
    Planned,
    InProgress,
    Done,
    Cancelled,
    Rejected,
}
