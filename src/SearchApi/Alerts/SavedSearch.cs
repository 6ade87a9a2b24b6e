namespace LawMonitor.SearchApi.Alerts;

/// <summary>A search a user saved: new documents matching it become notifications; <see cref="FeedKey"/> opens its Atom feed.</summary>
public sealed record SavedSearch(long Id, string Owner, string Name, string Query, string FeedKey, DateTimeOffset CreatedAt);
