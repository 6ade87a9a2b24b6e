using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The transitions of a finding: open → confirmed, open or confirmed → dismissed (with a reason), dismissed →
/// open again (with a reason). Anything else is refused with a message naming both states.
/// </summary>
public static class FindingLifecycle
{
    public static Outcome<Finding> Confirm(Finding finding) =>
        finding.Status == FindingStatus.Open
            ? Outcome<Finding>.Ok(finding with { Status = FindingStatus.Confirmed, Reason = null })
            : Invalid(finding, FindingStatus.Confirmed);

    public static Outcome<Finding> Dismiss(Finding finding, string? reason)
    {
        if (finding.Status == FindingStatus.Dismissed)
        {
            return Invalid(finding, FindingStatus.Dismissed);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Outcome<Finding>.Fail(LifecycleErrorCodes.Required, "Cần nêu lý do loại phát hiện (a reason is required to dismiss a finding).", "reason")
            : Outcome<Finding>.Ok(finding with { Status = FindingStatus.Dismissed, Reason = reason.Trim() });
    }

    public static Outcome<Finding> Reopen(Finding finding, string? reason)
    {
        if (finding.Status != FindingStatus.Dismissed)
        {
            return Invalid(finding, FindingStatus.Open);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Outcome<Finding>.Fail(LifecycleErrorCodes.Required, "Cần nêu lý do mở lại phát hiện (a reason is required to reopen a finding).", "reason")
            : Outcome<Finding>.Ok(finding with { Status = FindingStatus.Open, Reason = reason.Trim() });
    }

    private static Outcome<Finding> Invalid(Finding finding, FindingStatus to) =>
        Outcome<Finding>.Fail(LifecycleErrorCodes.InvalidTransition,
            $"Phát hiện #{finding.Id} đang ở trạng thái {Name(finding.Status)}, không chuyển sang {Name(to)} được (cannot go from {finding.Status} to {to}).", "status");

    /// <summary>The Vietnamese name of a status.</summary>
    public static string Name(FindingStatus status) => status switch
    {
        FindingStatus.Open => "chờ xem xét",
        FindingStatus.Confirmed => "đã xác nhận",
        _ => "đã loại",
    };
}
