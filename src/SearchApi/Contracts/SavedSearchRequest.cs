namespace LawMonitor.SearchApi.Contracts;

/// <summary>A search to save: its query (the query language of /api/search) and a name (the query when absent).</summary>
public sealed record SavedSearchRequest(string? Query, string? Name = null);
