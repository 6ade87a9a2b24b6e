using LawMonitor.Indexer.Monitoring;
using LawMonitor.Indexer.Monitoring.Obligations;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>One body's report for one period of an obligation, and where it stands on the service's today.</summary>
public sealed record ReportDueResponse(long ObligationId, string Body, string Period, DateOnly Due, string State, string StateName, ReceiptResponse? Receipt)
{
    public static ReportDueResponse From(ObligationInstance i, DocumentLabels labels)
    {
        ArgumentNullException.ThrowIfNull(i);
        return new(i.ObligationId.Value, i.Body, i.Period.Key, i.Period.Due, FindingResponse.Camel(i.State.ToString()), ObligationDue.Name(i.State), i.Receipt is { } r ? ReceiptResponse.From(r, labels) : null);
    }
}
