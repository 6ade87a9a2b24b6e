namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>One plan or one lead body of the annual report, with its tasks' figures.</summary>
public sealed record TaskRow(string Group, TaskFigures Figures);
