namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>The tasks of a plan or a body (confirmed ones: proposals and rejected ones are no tasks), by where they stand on the report's day.</summary>
public sealed record TaskFigures(int Total, int Done, int DoneLate, int Open, int Overdue, int Cancelled);
