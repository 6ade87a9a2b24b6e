using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>
/// What may change in an obligation: a report is received (one per body and period: recording another replaces
/// it); an obligation that is no duty is rejected (with a reason); what it says is edited (who, to whom, which
/// report, by when), never its receipts or where it stands.
/// </summary>
public static class ObligationLifecycle
{
    public static Outcome<ReportingObligation> Receive(ReportingObligation obligation, ReportReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(receipt);
        if (obligation.Status == ObligationStatus.Rejected)
        {
            return Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.InvalidTransition, $"Nghĩa vụ báo cáo #{obligation.Id} đã bị loại: không ghi nhận báo cáo được (a rejected obligation takes no reports).", "status");
        }

        if (string.IsNullOrWhiteSpace(receipt.Body))
        {
            return Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.Required, "Cần nêu cơ quan gửi báo cáo (the sending body is required).", "body");
        }

        if (string.IsNullOrWhiteSpace(receipt.Period))
        {
            return Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.Required, "Cần nêu kỳ báo cáo, ví dụ 2025 (the period is required).", "period");
        }

        var body = receipt.Body.Trim();
        var kept = obligation.Receipts.Where(r => !(r.Period == receipt.Period && Legal.BodyNames.Same(r.Body, body)));
        return Outcome<ReportingObligation>.Ok(obligation with { Receipts = [.. kept, receipt with { Body = body }] });
    }

    public static Outcome<ReportingObligation> Reject(ReportingObligation obligation, string? reason)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        if (obligation.Status == ObligationStatus.Rejected)
        {
            return Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.InvalidTransition, $"Nghĩa vụ báo cáo #{obligation.Id} đã bị loại (already rejected).", "status");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.Required, "Cần nêu lý do loại nghĩa vụ báo cáo (a reason is required).", "reason")
            : Outcome<ReportingObligation>.Ok(obligation with { Status = ObligationStatus.Rejected, Reason = reason.Trim() });
    }

    public static Outcome<ReportingObligation> Edit(ReportingObligation obligation, ReportingObligation edited)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        ArgumentNullException.ThrowIfNull(edited);
        if (string.IsNullOrWhiteSpace(edited.Obligor) || string.IsNullOrWhiteSpace(edited.Recipient))
        {
            return Outcome<ReportingObligation>.Fail(LifecycleErrorCodes.Required, "Cần nêu cơ quan có nghĩa vụ báo cáo và cơ quan nhận báo cáo (obligor and recipient are required).", string.IsNullOrWhiteSpace(edited.Obligor) ? "obligor" : "recipient");
        }

        return Outcome<ReportingObligation>.Ok(obligation with
        {
            Obligor = edited.Obligor.Trim(),
            Recipient = edited.Recipient.Trim(),
            ReportName = string.IsNullOrWhiteSpace(edited.ReportName) ? obligation.ReportName : edited.ReportName.Trim(),
            Deadline = edited.Deadline,
            Bodies = edited.Bodies,
        });
    }

    /// <summary>The Vietnamese name of a status.</summary>
    public static string Name(ObligationStatus status) => status switch
    {
        ObligationStatus.Active => "đang áp dụng",
        ObligationStatus.Superseded => "đã được thay bằng quy định sau",
        ObligationStatus.Ended => "không còn áp dụng",
        _ => "đã loại",
    };
}
