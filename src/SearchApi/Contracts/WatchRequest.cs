namespace LawMonitor.SearchApi.Contracts;

/// <summary>A document to watch (id or number), or one of its provisions ("Điều 5.2").</summary>
public sealed record WatchRequest(string? Document, string? Path = null);
