using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A duty to report: who owes what report to whom, by when, from which provision; what superseded it; the reports of <c>year</c> and where each stands.</summary>
public sealed record ObligationResponse(
    long Id,
    string Obligor,
    IReadOnlyList<string> Bodies,
    string Recipient,
    string ReportName,
    ProvisionReferenceResponse Source,
    string? SourceText,
    DeadlineResponse Deadline,
    string Status,
    string StatusName,
    DateOnly? AppliesFrom,
    DateOnly? AppliesUntil,
    long? SupersededBy,
    long? Supersedes,
    string? Reason,
    IReadOnlyList<ReceiptResponse> Receipts,
    int Year,
    IReadOnlyList<ReportDueResponse> Reports,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The report's name as a table cell or a title reads it: "Báo cáo công tác theo dõi …" (the name itself is worded for a sentence).</summary>
    public string ReportTitle => LetterCase.Capitalize(ReportName);

    public static ObligationResponse From(ReportingObligation o, int year, DateOnly today, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(
            o.Id.Value, o.Obligor, o.Bodies, o.Recipient, o.ReportName, ProvisionReferenceResponse.From(o.Source, labels), o.SourceText, DeadlineResponse.Of(o.Deadline),
            FindingResponse.Camel(o.Status.ToString()), ObligationLifecycle.Name(o.Status), o.AppliesFrom, o.AppliesUntil, o.SupersededBy?.Value, o.Supersedes?.Value, o.Reason,
            o.Receipts.Select(r => ReceiptResponse.From(r, labels)).ToList(), year,
            ObligationDue.Instances(o, year, today).Select(i => ReportDueResponse.From(i, labels)).ToList(), o.Version, o.CreatedAt, o.UpdatedAt);
    }
}
