using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring.Plans;

/// <summary>
/// The transitions of a task: proposed → planned (confirmed) or rejected (with a reason); planned → in progress;
/// planned or in progress → done (with the document or report that shows it and the day) or cancelled (with a
/// reason). Anything else is refused with a message naming both states.
/// </summary>
public static class PlanTaskLifecycle
{
    public static Outcome<PlanTask> Confirm(PlanTask task) =>
        task.Status == PlanTaskStatus.Proposed
            ? Outcome<PlanTask>.Ok(task with { Status = PlanTaskStatus.Planned, Reason = null })
            : Invalid(task, PlanTaskStatus.Planned);

    public static Outcome<PlanTask> Reject(PlanTask task, string? reason)
    {
        if (task.Status != PlanTaskStatus.Proposed)
        {
            return Invalid(task, PlanTaskStatus.Rejected);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Required("reason", "Cần nêu lý do không nhận nhiệm vụ đề xuất (a reason is required to reject a proposed task).")
            : Outcome<PlanTask>.Ok(task with { Status = PlanTaskStatus.Rejected, Reason = reason.Trim() });
    }

    public static Outcome<PlanTask> Start(PlanTask task) =>
        task.Status == PlanTaskStatus.Planned
            ? Outcome<PlanTask>.Ok(task with { Status = PlanTaskStatus.InProgress })
            : Invalid(task, PlanTaskStatus.InProgress);

    public static Outcome<PlanTask> Complete(PlanTask task, string? doneWith, DateOnly? doneOn)
    {
        if (task.Status is not (PlanTaskStatus.Planned or PlanTaskStatus.InProgress))
        {
            return Invalid(task, PlanTaskStatus.Done);
        }

        if (string.IsNullOrWhiteSpace(doneWith))
        {
            return Required("doneWith", "Cần nêu văn bản hoặc báo cáo thể hiện nhiệm vụ đã hoàn thành (the document or report that shows it done is required).");
        }

        return doneOn is { } on
            ? Outcome<PlanTask>.Ok(task with { Status = PlanTaskStatus.Done, DoneWith = doneWith.Trim(), DoneOn = on })
            : Required("doneOn", "Cần ngày hoàn thành (the day it was done is required).");
    }

    public static Outcome<PlanTask> Cancel(PlanTask task, string? reason)
    {
        if (task.Status is not (PlanTaskStatus.Planned or PlanTaskStatus.InProgress))
        {
            return Invalid(task, PlanTaskStatus.Cancelled);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Required("reason", "Cần nêu lý do hủy nhiệm vụ (a reason is required to cancel a task).")
            : Outcome<PlanTask>.Ok(task with { Status = PlanTaskStatus.Cancelled, Reason = reason.Trim() });
    }

    /// <summary>Links an inspection's or a survey's report and the findings it produced.</summary>
    public static Outcome<PlanTask> LinkResults(PlanTask task, string? reportDocument, IReadOnlyList<FindingId> findingIds)
    {
        ArgumentNullException.ThrowIfNull(findingIds);
        if (task.Kind is not (TaskKind.Inspection or TaskKind.Survey))
        {
            return Outcome<PlanTask>.Fail(LifecycleErrorCodes.Invalid, $"Nhiệm vụ #{task.Id} không phải kiểm tra hay khảo sát: không gắn báo cáo kết quả và phát hiện được (only an inspection or a survey has results to link).", "kind");
        }

        return Outcome<PlanTask>.Ok(task with
        {
            ReportDocument = string.IsNullOrWhiteSpace(reportDocument) ? task.ReportDocument : reportDocument.Trim(),
            FindingIds = [.. task.FindingIds.Union(findingIds).Order()],
        });
    }

    /// <summary>The Vietnamese name of a status.</summary>
    public static string Name(PlanTaskStatus status) => status switch
    {
        PlanTaskStatus.Proposed => "đề xuất, chờ xác nhận",
        PlanTaskStatus.Planned => "đã giao, chưa thực hiện",
        PlanTaskStatus.InProgress => "đang thực hiện",
        PlanTaskStatus.Done => "đã hoàn thành",
        PlanTaskStatus.Cancelled => "đã hủy",
        _ => "không nhận",
    };

    private static Outcome<PlanTask> Required(string field, string message) =>
        Outcome<PlanTask>.Fail(LifecycleErrorCodes.Required, message, field);

    private static Outcome<PlanTask> Invalid(PlanTask task, PlanTaskStatus to) =>
        Outcome<PlanTask>.Fail(LifecycleErrorCodes.InvalidTransition,
            $"Nhiệm vụ #{task.Id} đang ở trạng thái {Name(task.Status)}, không chuyển sang {Name(to)} được (cannot go from {task.Status} to {to}).", "status");
}
