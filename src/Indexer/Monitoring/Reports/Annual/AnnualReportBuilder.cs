using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>
/// Computes the annual report from the registers, as of 31 December of the year or today if earlier: a task
/// belongs to the year its deadline falls in (a task without one, to the year it was recorded), and stands as it
/// stood that day (<see cref="TaskDue"/>); a report owed belongs to the year its period is due in
/// (<see cref="ObligationDue"/>), received only if received by that day; findings and recommendations are the
/// year's report on their handling (<see cref="ReportBuilder"/>).
/// </summary>
public static class AnnualReportBuilder
{
    private const string Unassigned = "(chưa xác định cơ quan chủ trì)";

    /// <param name="store">The registers.</param>
    /// <param name="year">The year reported on.</param>
    /// <param name="today">Today on the Vietnam calendar.</param>
    /// <param name="documentLabel">How a document id is named to people; the id when not given.</param>
    public static AnnualReport Build(MonitoringStore store, int year, DateOnly today, Func<string, string>? documentLabel = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var asOf = last < today ? last : today;
        string Label(string id) => documentLabel?.Invoke(id) ?? id;

        var tasks = store.ListTasks()
            .Where(t => t.Status is not (PlanTaskStatus.Proposed or PlanTaskStatus.Rejected))
            .Where(t => (t.Deadline.Due ?? Calendar.VietnamCalendar.DayOf(t.CreatedAt)).Year == year)
            .Select(t => AsOf(t, asOf))
            .ToList();
        var plans = tasks.GroupBy(t => t.Source.DocumentId)
            .Select(g => new TaskRow(Label(g.Key.Value ?? string.Empty), Figures(g, asOf)))
            .OrderBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
        var byBody = tasks.GroupBy(t => t.LeadBody is { } lead ? BodyNames.Key(lead) : "")
            .Select(g => new TaskRow(g.First().LeadBody ?? Unassigned, Figures(g, asOf)))
            .OrderByDescending(r => r.Figures.Total).ThenBy(r => r.Group, StringComparer.Ordinal)
            .ToList();
        var inspections = tasks.Where(t => t.Kind is TaskKind.Inspection or TaskKind.Survey)
            .Select(t => new InspectionItem(TaskKinds.Name(t.Kind), t.Content, t.LeadBody, Name(t, asOf), t.ReportDocument is { } r ? Label(r) : null, t.FindingIds.Count))
            .ToList();

        var duties = store.ListObligations().Where(o => o.Status != ObligationStatus.Rejected)
            .Select(o => o with { Receipts = [.. o.Receipts.Where(r => r.ReceivedOn <= asOf)] })
            .SelectMany(o => ObligationDue.Instances(o, year, asOf))
            .ToList();
        var reports = duties.GroupBy(i => BodyNames.Key(i.Body))
            .Select(g => new ReportDutyRow(g.First().Body, Duties(g)))
            .OrderByDescending(r => r.Figures.Missing).ThenBy(r => r.Body, StringComparer.Ordinal)
            .ToList();

        return new AnnualReport(year, asOf)
        {
            Plans = plans,
            TasksByBody = byBody,
            TaskTotals = Figures(tasks, asOf),
            Inspections = inspections,
            Recommendations = ReportBuilder.Build(store, new ReportQuery(first, last), today, documentLabel),
            ReportsByBody = reports,
            ReportTotals = Duties(duties),
        };
    }

    /// <summary>The task as it stood on <paramref name="asOf"/>: done or cancelled later means still open then.</summary>
    private static PlanTask AsOf(PlanTask task, DateOnly asOf) =>
        task.Status == PlanTaskStatus.Done && task.DoneOn is { } on && on > asOf ? task with { Status = PlanTaskStatus.InProgress, DoneOn = null } : task;

    private static TaskFigures Figures(IEnumerable<PlanTask> tasks, DateOnly asOf)
    {
        var list = tasks.ToList();
        var done = list.Where(t => t.Status == PlanTaskStatus.Done).ToList();
        var late = done.Count(TaskDue.DoneLate);
        var overdue = list.Count(t => TaskDue.IsOverdue(t, asOf));
        var open = list.Count(t => TaskDue.IsOpen(t)) - overdue;
        return new TaskFigures(list.Count, done.Count - late, late, open, overdue, list.Count(t => t.Status == PlanTaskStatus.Cancelled));
    }

    private static string Name(PlanTask task, DateOnly asOf) =>
        TaskDue.IsOverdue(task, asOf) ? $"{PlanTaskLifecycle.Name(task.Status)}, quá hạn" : PlanTaskLifecycle.Name(task.Status);

    private static ReportDutyFigures Duties(IEnumerable<ObligationInstance> instances)
    {
        var list = instances.ToList();
        return new ReportDutyFigures(
            list.Count,
            list.Count(i => i.State == ReportState.OnTime),
            list.Count(i => i.State == ReportState.Late),
            list.Count(i => i.State == ReportState.Missing),
            list.Count(i => i.State is ReportState.Pending or ReportState.DueSoon));
    }
}
