namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>One body's reports owed in the year, with the figures.</summary>
public sealed record ReportDutyRow(string Body, ReportDutyFigures Figures);
