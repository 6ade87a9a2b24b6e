using LawMonitor.SearchApi.Alerts;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A saved search with the address of its Atom feed (the key in it is the feed's only credential: keep it to yourself).</summary>
public sealed record SavedSearchResponse(long Id, string Name, string Query, DateTimeOffset CreatedAt, string FeedUrl)
{
    public static SavedSearchResponse From(SavedSearch s) => new(s.Id, s.Name, s.Query, s.CreatedAt, $"/api/alerts/saved-searches/{s.Id}/feed.atom?key={s.FeedKey}");
}
