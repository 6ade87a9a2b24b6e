namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>Reports owed by a body in the year (or in total): received on time, received late, missing, not yet due.</summary>
public sealed record ReportDutyFigures(int Owed, int OnTime, int Late, int Missing, int Pending);
