namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// The one rule for what is due and overdue among tasks, on the Vietnam calendar: a task confirmed (planned or in
/// progress) whose last day is before today is overdue; one whose last day is today or within
/// <see cref="SoonDays"/> days falls due soon. Proposed, done, cancelled and rejected tasks are neither. The
/// registers, alerts, the CLI, the UI and the annual report read it.
/// </summary>
public static class TaskDue
{
    /// <summary>Days ahead within which a task or a report "falls due" (alerts, the UI's marking).</summary>
    public const int SoonDays = 7;

    public static bool IsOpen(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Status is PlanTaskStatus.Planned or PlanTaskStatus.InProgress;
    }

    public static bool IsOverdue(PlanTask task, DateOnly today) =>
        IsOpen(task) && task.Deadline.Due is { } due && due < today;

    /// <summary>How many days past its last day on <paramref name="today"/>; null when not overdue.</summary>
    public static int? DaysOverdue(PlanTask task, DateOnly today) =>
        IsOverdue(task, today) ? today.DayNumber - task.Deadline.Due!.Value.DayNumber : null;

    public static bool FallsDueSoon(PlanTask task, DateOnly today) =>
        IsOpen(task) && task.Deadline.Due is { } due && due >= today && due.DayNumber - today.DayNumber <= SoonDays;

    /// <summary>Done after its last day.</summary>
    public static bool DoneLate(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.Status == PlanTaskStatus.Done && task.DoneOn is { } on && task.Deadline.Due is { } due && on > due;
    }
}
