namespace LawMonitor.SearchApi.Alerts;

/// <summary>A document (or one of its provisions, by path) a user watches: new versions, citations, amendments and repeals become notifications.</summary>
public sealed record Watch(long Id, string Owner, string DocumentId, string Path, string Label, DateTimeOffset CreatedAt);
