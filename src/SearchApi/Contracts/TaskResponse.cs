using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Plans;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A task of a plan, with <c>overdue</c> and <c>dueSoon</c> derived from its deadline on the service's today.</summary>
public sealed record TaskResponse(
    long Id,
    string Content,
    ProvisionReferenceResponse Source,
    string? SourceText,
    string? LeadBody,
    IReadOnlyList<string> CooperatingBodies,
    DeadlineResponse Deadline,
    string? Product,
    string Kind,
    string KindName,
    string? Field,
    string Status,
    string StatusName,
    bool Overdue,
    int? DaysOverdue,
    bool DueSoon,
    string? DoneWith,
    DateOnly? DoneOn,
    bool DoneLate,
    string? Reason,
    string? ReportDocument,
    IReadOnlyList<long> FindingIds,
    string ProposedBy,
    string ProposedByName,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The document that shows it done, as people read it (when it is one held).</summary>
    public string? DoneWithLabel { get; init; }

    /// <summary>The inspection's or survey's report, as people read it.</summary>
    public string? ReportDocumentLabel { get; init; }

    public static TaskResponse From(PlanTask t, DateOnly today, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(labels);
        return new(
            t.Id.Value, t.Content, ProvisionReferenceResponse.From(t.Source, labels), t.SourceText, t.LeadBody, t.CooperatingBodies, DeadlineResponse.Of(t.Deadline), t.Product,
            FindingResponse.Camel(t.Kind.ToString()), TaskKinds.Name(t.Kind), t.Field, FindingResponse.Camel(t.Status.ToString()), PlanTaskLifecycle.Name(t.Status),
            TaskDue.IsOverdue(t, today), TaskDue.DaysOverdue(t, today), TaskDue.FallsDueSoon(t, today), t.DoneWith, t.DoneOn, TaskDue.DoneLate(t), t.Reason,
            t.ReportDocument, t.FindingIds.Select(f => f.Value).ToList(), t.ProposedBy, labels.Person(t.ProposedBy), t.Version, t.CreatedAt, t.UpdatedAt)
        {
            DoneWithLabel = Label(t.DoneWith, labels),
            ReportDocumentLabel = Label(t.ReportDocument, labels),
        };
    }

    private static string? Label(string? reference, DocumentLabels labels) =>
        reference is null ? null : labels.OfReference(reference);
}
