namespace LawMonitor.SearchApi.Contracts;

/// <summary>An inspection's or a survey's results: its report (id or number) and the findings it produced.</summary>
public sealed record TaskResultsRequest(string? ReportDocument, IReadOnlyList<long>? FindingIds);
