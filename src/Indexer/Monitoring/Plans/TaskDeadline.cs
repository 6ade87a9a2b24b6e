namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// When a task is due, as the plan says it (<see cref="Text"/>) and as days: <see cref="Due"/> is the last day
/// it may be done on (the end of a quarter, a month, a year; that year's day of a recurring deadline), and
/// <see cref="From"/> the first day of a period that has one ("Từ tháng 4 đến tháng 10 năm 2020").
/// </summary>
/// <param name="Kind">How it is written.</param>
/// <param name="Text">The plan's words.</param>
public sealed record TaskDeadline(DeadlineKind Kind, string Text)
{
    /// <summary>No deadline given.</summary>
    public static TaskDeadline Unspecified { get; } = new(DeadlineKind.Unspecified, "");

    /// <summary>The last day, when it is known.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The first day of the period, when one is given.</summary>
    public DateOnly? From { get; init; }

    /// <summary>For a recurring deadline: how often, and the month and day within a year (day null: the end of the month).</summary>
    public Recurrence? Every { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>A recurring yearly deadline's day in <paramref name="year"/> (its own day for others).</summary>
    public DateOnly? DueIn(int year) =>
        Kind == DeadlineKind.Recurring && Every == Recurrence.Yearly && Month is { } month
            ? new DateOnly(year, month, Day ?? DateTime.DaysInMonth(year, month))
            : Due;
}
