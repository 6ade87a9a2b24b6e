namespace LawMonitor.SearchApi.Contracts;

/// <summary>The sending of a recommendation: the dispatch number, its date, and the answer deadline (default: the date plus the configured answer days).</summary>
public sealed record SendRequest(string? DispatchNumber, string? SentOn, string? Deadline = null);
