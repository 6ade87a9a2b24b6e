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
    /// <summary>The document that acted on it, as people read it.</summary>
    public string? OutcomeDocumentLabel { get; init; }

    /// <summary>The verdict's Vietnamese name: "Tiếp thu".</summary>
    public string? VerdictName { get; init; }

    public static RecommendationResponse From(Recommendation r, DateOnly today, DocumentLabels labels) => new(
        r.Id.Value, FindingResponse.Camel(r.Action.ToString()), MonitoringNames.Of(r.Action), r.CompetentBody, r.FindingIds.Select(f => f.Value).ToList(), r.Targets.Select(t => ProvisionReferenceResponse.From(t, labels)).ToList(),
        r.Content, r.Field, FindingResponse.Camel(r.Status.ToString()), MonitoringNames.Of(r.Status), r.IsOverdue(today), Indexer.Monitoring.Overdue.DaysOverdue(r, today), r.DispatchNumber, r.SentOn, r.Deadline,
        r.AnswerReference, r.AnsweredOn, r.Verdict is { } v ? FindingResponse.Camel(v.ToString()) : null, r.AnswerSummary, r.AnsweredOn is null ? null : r.AnsweredOnTime,
        r.OutcomeDocumentId, r.ImplementedOn, r.ProposedOutcome is { } p ? ProposedOutcomeResponse.From(p, labels) : null, r.CloseReason, r.Version, r.CreatedAt, r.UpdatedAt)
    {
        OutcomeDocumentLabel = r.OutcomeDocumentId is { } o && Indexer.Model.DocumentId.TryCreate(o, out var id, out _) ? labels.Of(id) : null,
        VerdictName = r.Verdict is { } verdict ? MonitoringNames.Of(verdict) : null,
    };
}
