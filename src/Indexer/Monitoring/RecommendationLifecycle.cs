using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Monitoring;

/// <summary>
/// The transitions of a recommendation: draft → sent (dispatch number and date; the deadline is the given
/// one or the sending date plus the configured answer days, 30 by default) → answered (answer, date,
/// verdict) → implemented (the outcome document) or closed (a reason); a draft or a sent recommendation may
/// also be closed (withdrawn). Anything else is refused with a message naming both states.
/// </summary>
public static class RecommendationLifecycle
{
    /// <summary>Days the competent body has to answer (Decree 32/2020; a setting, since Decree 80/2025 may differ).</summary>
    public const int DefaultAnswerDays = 30;

    public static Outcome<Recommendation> Send(Recommendation recommendation, string? dispatchNumber, DateOnly? sentOn, DateOnly? deadline, int answerDays = DefaultAnswerDays)
    {
        if (recommendation.Status != RecommendationStatus.Draft)
        {
            return Invalid(recommendation, RecommendationStatus.Sent);
        }

        if (string.IsNullOrWhiteSpace(dispatchNumber))
        {
            return Required("dispatchNumber", "Cần số công văn gửi kiến nghị (the sending dispatch number is required).");
        }

        if (sentOn is not { } sent)
        {
            return Required("sentOn", "Cần ngày gửi kiến nghị (the sending date is required).");
        }

        if (deadline is { } due && due < sent)
        {
            return Outcome<Recommendation>.Fail(LifecycleErrorCodes.Invalid, "Hạn trả lời không được trước ngày gửi (the deadline cannot be before the sending date).", "deadline");
        }

        return Outcome<Recommendation>.Ok(recommendation with
        {
            Status = RecommendationStatus.Sent,
            DispatchNumber = dispatchNumber.Trim(),
            SentOn = sent,
            Deadline = deadline ?? sent.AddDays(answerDays),
        });
    }

    public static Outcome<Recommendation> Answer(Recommendation recommendation, string? reference, DateOnly? answeredOn, AnswerVerdict? verdict, string? summary)
    {
        if (recommendation.Status != RecommendationStatus.Sent)
        {
            return Invalid(recommendation, RecommendationStatus.Answered);
        }

        if (answeredOn is not { } on)
        {
            return Required("answeredOn", "Cần ngày trả lời (the answer date is required).");
        }

        if (verdict is null)
        {
            return Required("verdict", "Cần kết quả trả lời: tiếp thu, tiếp thu một phần hoặc không tiếp thu (the verdict is required).");
        }

        if (on < recommendation.SentOn)
        {
            return Outcome<Recommendation>.Fail(LifecycleErrorCodes.Invalid, "Ngày trả lời không được trước ngày gửi (the answer cannot predate the sending).", "answeredOn");
        }

        return Outcome<Recommendation>.Ok(recommendation with
        {
            Status = RecommendationStatus.Answered,
            AnswerReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim(),
            AnsweredOn = on,
            Verdict = verdict,
            AnswerSummary = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim(),
        });
    }

    public static Outcome<Recommendation> Implement(Recommendation recommendation, string? outcomeDocumentId, DateOnly? on)
    {
        if (recommendation.Status != RecommendationStatus.Answered)
        {
            return Invalid(recommendation, RecommendationStatus.Implemented);
        }

        if (recommendation.Verdict == AnswerVerdict.Rejected)
        {
            return Outcome<Recommendation>.Fail(LifecycleErrorCodes.InvalidTransition, "Kiến nghị không được tiếp thu; hãy đóng kiến nghị thay vì ghi nhận đã thực hiện (a rejected recommendation is closed, not implemented).", "status");
        }

        if (string.IsNullOrWhiteSpace(outcomeDocumentId))
        {
            return Required("outcomeDocumentId", "Cần văn bản đã ban hành để thực hiện kiến nghị (the outcome document is required).");
        }

        return Outcome<Recommendation>.Ok(recommendation with
        {
            Status = RecommendationStatus.Implemented,
            OutcomeDocumentId = outcomeDocumentId.Trim(),
            ImplementedOn = on,
        });
    }

    public static Outcome<Recommendation> Close(Recommendation recommendation, string? reason)
    {
        if (recommendation.Status is RecommendationStatus.Implemented or RecommendationStatus.Closed)
        {
            return Invalid(recommendation, RecommendationStatus.Closed);
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Required("reason", "Cần nêu lý do đóng kiến nghị (a reason is required to close a recommendation).")
            : Outcome<Recommendation>.Ok(recommendation with { Status = RecommendationStatus.Closed, CloseReason = reason.Trim() });
    }

    /// <summary>The Vietnamese name of a status.</summary>
    public static string Name(RecommendationStatus status) => status switch
    {
        RecommendationStatus.Draft => "dự thảo",
        RecommendationStatus.Sent => "đã gửi",
        RecommendationStatus.Answered => "đã trả lời",
        RecommendationStatus.Implemented => "đã thực hiện",
        _ => "đã đóng",
    };

    private static Outcome<Recommendation> Required(string field, string message) =>
        Outcome<Recommendation>.Fail(LifecycleErrorCodes.Required, message, field);

    private static Outcome<Recommendation> Invalid(Recommendation recommendation, RecommendationStatus to) =>
        Outcome<Recommendation>.Fail(LifecycleErrorCodes.InvalidTransition,
            $"Kiến nghị #{recommendation.Id} đang ở trạng thái {Name(recommendation.Status)}, không chuyển sang {Name(to)} được (cannot go from {recommendation.Status} to {to}).", "status");
}
