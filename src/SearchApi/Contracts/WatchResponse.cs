using LawMonitor.SearchApi.Alerts;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A watch on a document or a provision.</summary>
public sealed record WatchResponse(long Id, string DocumentId, string Path, string Label, DateTimeOffset CreatedAt)
{
    public static WatchResponse From(Watch w) => new(w.Id, w.DocumentId, w.Path, w.Label, w.CreatedAt);
}
