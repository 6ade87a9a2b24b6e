namespace LawMonitor.SearchApi.Contracts;

/// <summary>Which notifications to mark read (all when empty or absent).</summary>
public sealed record MarkReadRequest(IReadOnlyList<long>? Ids = null);
