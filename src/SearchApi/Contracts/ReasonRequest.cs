namespace LawMonitor.SearchApi.Contracts;

/// <summary>Why (dismissing, reopening or closing).</summary>
public sealed record ReasonRequest(string? Reason);
