using LawMonitor.Indexer.Monitoring;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A recommendation (kiến nghị) of the register, with <c>overdue</c> derived from its deadline on the service's today.</summary>
public sealed record RecommendationResponse(
    long Id,
    string Action,
    string ActionName,
    string CompetentBody,
    IReadOnlyList<long> FindingIds,
    IReadOnlyList<ProvisionReferenceResponse> Targets,
    string Content,
    string? Field,
    string Status,
    string StatusName,
    bool Overdue,
    int? DaysOverdue,
    string? DispatchNumber,
    DateOnly? SentOn,
    DateOnly? Deadline,
    string? AnswerReference,
    DateOnly? AnsweredOn,
    string? Verdict,
    string? AnswerSummary,
    bool? AnsweredOnTime,
    string? OutcomeDocumentId,
    DateOnly? ImplementedOn,
    ProposedOutcomeResponse? ProposedOutcome,
    string? CloseReason,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static RecommendationResponse From(Recommendation r, DateOnly today) => new(
        r.Id, FindingResponse.Camel(r.Action.ToString()), MonitoringNames.Of(r.Action), r.CompetentBody, r.FindingIds, r.Targets.Select(ProvisionReferenceResponse.From).ToList(),
        r.Content, r.Field, FindingResponse.Camel(r.Status.ToString()), MonitoringNames.Of(r.Status), r.IsOverdue(today), r.IsOverdue(today) ? today.DayNumber - r.Deadline!.Value.DayNumber : null, r.DispatchNumber, r.SentOn, r.Deadline,
        r.AnswerReference, r.AnsweredOn, r.Verdict is { } v ? FindingResponse.Camel(v.ToString()) : null, r.AnswerSummary, r.AnsweredOn is null ? null : r.AnsweredOnTime,
        r.OutcomeDocumentId, r.ImplementedOn, r.ProposedOutcome is { } p ? ProposedOutcomeResponse.From(p) : null, r.CloseReason, r.Version, r.CreatedAt, r.UpdatedAt);
}
