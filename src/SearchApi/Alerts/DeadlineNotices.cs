using System.Globalization;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;
using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.SearchApi.Alerts;

/// <summary>
/// The tasks and reports that fall due within <see cref="TaskDue.SoonDays"/> days or are overdue on a day, as
/// notifications say them. What is due is decided by <see cref="TaskDue"/> and <see cref="ObligationDue"/>, the
/// rules the registers, the CLI, the UI and the annual report read; this only words it. A task or report is told
/// once when it falls due and once when it becomes overdue (the day it is due is in the key, so a deadline moved
/// by an edit or a later provision is told again); what has been overdue for more than <see cref="RecentDays"/>
/// days is no news (a duty read today from a 2022 regulation does not tell every report missing since).
/// </summary>
public static class DeadlineNotices
{
    /// <summary>How many days after its day an overdue task or report is still told.</summary>
    public const int RecentDays = 30;

    public static IReadOnlyList<DeadlineNotice> On(MonitoringStore registers, DocumentLabels labels, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(registers);
        ArgumentNullException.ThrowIfNull(labels);
        var notices = new List<DeadlineNotice>();
        foreach (var task in registers.ListTasks().Where(TaskDue.IsOpen))
        {
            var due = task.Deadline.Due;
            if (due is null || !(TaskDue.IsOverdue(task, today) || TaskDue.FallsDueSoon(task, today)) || today.DayNumber - due.Value.DayNumber > RecentDays)
            {
                continue;
            }

            var where = DocumentName.WithProvision(labels.OfReference(task.Source.DocumentId), task.Source.Path);
            var lead = task.LeadBody is { } body ? $" do {body} chủ trì" : "";
            var (state, words) = TaskDue.IsOverdue(task, today)
                ? ("overdue", $"đã quá hạn {TaskDue.DaysOverdue(task, today)} ngày (hạn {Day(due.Value)})")
                : ("soon", Soon(due.Value, today));
            notices.Add(new DeadlineNotice($"task:{task.Id}:{state}:{due:yyyy-MM-dd}", task.Source.DocumentId.Value ?? "", task.LeadBody is { } l ? [l] : [],
                $"Nhiệm vụ “{Short(task.Content)}” ({where}){lead} {words}."));
        }

        foreach (var obligation in registers.ListObligations().Where(o => o.Status != ObligationStatus.Rejected))
        {
            var where = DocumentName.WithProvision(labels.OfReference(obligation.Source.DocumentId), obligation.Source.Path);
            foreach (var instance in new[] { today.Year - 1, today.Year }.SelectMany(y => ObligationDue.Instances(obligation, y, today)))
            {
                var due = instance.Period.Due;
                if (today.DayNumber - due.DayNumber > RecentDays)
                {
                    continue;
                }

                var (state, words) = instance.State switch
                {
                    ReportState.Missing => ("missing", $"chưa gửi {obligation.ReportName} {Period(instance.Period.Key)} cho {obligation.Recipient}, đã quá hạn {today.DayNumber - due.DayNumber} ngày (hạn {Day(due)})"),
                    ReportState.DueSoon => ("soon", $"phải gửi {obligation.ReportName} {Period(instance.Period.Key)} cho {obligation.Recipient}: {Soon(due, today)}"),
                    _ => (null, null),
                };
                if (state is null)
                {
                    continue;
                }

                notices.Add(new DeadlineNotice($"report:{obligation.Id}:{BodyNames.Key(instance.Body)}:{instance.Period.Key}:{state}:{due:yyyy-MM-dd}", obligation.Source.DocumentId.Value ?? "", [instance.Body],
                    $"{instance.Body} {words} — theo {where}."));
            }
        }

        return notices;
    }

    private static string Soon(DateOnly due, DateOnly today) =>
        due == today ? $"đến hạn hôm nay ({Day(due)})" : $"đến hạn ngày {Day(due)} (còn {due.DayNumber - today.DayNumber} ngày)";

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Short(string text) => text.Length <= 140 ? text : text[..137].TrimEnd() + "…";

    /// <summary>A period's key as words: "năm 2026", "quý III/2026", "6 tháng đầu năm 2026", "tháng 11/2026".</summary>
    public static string Period(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parts = key.Split('-');
        return parts.Length == 1 ? $"năm {key}"
            : parts[1] switch
            {
                ['Q', var q] => $"quý {new[] { "I", "II", "III", "IV" }[q - '1']}/{parts[0]}",
                "H1" => $"6 tháng đầu năm {parts[0]}",
                "H2" => $"6 tháng cuối năm {parts[0]}",
                var m => $"tháng {int.Parse(m, CultureInfo.InvariantCulture)}/{parts[0]}",
            };
    }
}
