using System.Globalization;
using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// A period a report is owed for, with its key ("2025", "2025-H1", "2025-Q3", "2025-11") and the day it is due
/// under an obligation's deadline.
/// </summary>
/// <param name="Key">How receipts name it.</param>
/// <param name="Due">The last day the report may arrive on.</param>
public readonly record struct ReportingPeriod(string Key, DateOnly Due)
{
    /// <summary>
    /// The periods of <paramref name="deadline"/> due in <paramref name="year"/>: one for a deadline on a given day
    /// of that year; one a year, half-year, quarter or month for a recurring one (due on its day of the period's
    /// last month, or the month's end).
    /// </summary>
    public static IEnumerable<ReportingPeriod> In(TaskDeadline deadline, int year)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (deadline.Kind != DeadlineKind.Recurring)
        {
            if (deadline.Due is { } due && due.Year == year)
            {
                yield return new ReportingPeriod(year.ToString(CultureInfo.InvariantCulture), due);
            }

            yield break;
        }

        switch (deadline.Every)
        {
            case Recurrence.Yearly when deadline.DueIn(year) is { } yearly:
                yield return new ReportingPeriod(year.ToString(CultureInfo.InvariantCulture), yearly);
                break;
            case Recurrence.HalfYearly:
                yield return new ReportingPeriod($"{year}-H1", Day(year, 6, deadline.Day));
                yield return new ReportingPeriod($"{year}-H2", Day(year, 12, deadline.Day));
                break;
            case Recurrence.Quarterly:
                for (var q = 1; q <= 4; q++)
                {
                    yield return new ReportingPeriod($"{year}-Q{q}", Day(year, q * 3, deadline.Day));
                }

                break;
            case Recurrence.Monthly:
                for (var m = 1; m <= 12; m++)
                {
                    yield return new ReportingPeriod($"{year}-{m:00}", Day(year, m, deadline.Day));
                }

                break;
        }
    }

    private static DateOnly Day(int year, int month, int? day) => new(year, month, Math.Min(day ?? 31, DateTime.DaysInMonth(year, month)));
}
