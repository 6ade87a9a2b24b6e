using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>One body's report for one period, as received.</summary>
public sealed record ReceiptResponse(string Body, string Period, DateOnly ReceivedOn, string? Document, string? DocumentLabel, string? Note, string RecordedBy, string RecordedByName)
{
    public static ReceiptResponse From(ReportReceipt r, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(labels);
        return new(r.Body, r.Period, r.ReceivedOn, r.Document, r.Document is { } d ? labels.OfReference(d) : null, r.Note, r.RecordedBy, labels.Person(r.RecordedBy));
    }
}
