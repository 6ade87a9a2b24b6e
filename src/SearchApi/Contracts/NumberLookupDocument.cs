namespace LawMonitor.SearchApi.Contracts;

/// <summary>A held document with the number looked up, by id and as people read it.</summary>
public sealed record NumberLookupDocument(string DocumentId, string Label);
