namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>A recommendation past its answer deadline without an answer, on the report date.</summary>
public sealed record OverdueItem(long Id, string CompetentBody, string Action, string Targets, string? DispatchNumber, DateOnly? SentOn, DateOnly Deadline, int DaysOverdue, string Content);
