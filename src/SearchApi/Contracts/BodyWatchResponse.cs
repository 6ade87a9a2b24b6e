using LawMonitor.SearchApi.Alerts;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A watch on a body: its tasks and the reports it owes, falling due or overdue.</summary>
public sealed record BodyWatchResponse(long Id, string Body, DateTimeOffset CreatedAt)
{
    public static BodyWatchResponse From(BodyWatch w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new(w.Id, w.Body, w.CreatedAt);
    }
}
