namespace LawMonitor.Indexer.Monitoring.Reports;

/// <summary>One group of a report's breakdown ("Ủy ban nhân dân tỉnh Hòa Phong", "Mâu thuẫn") with its figures.</summary>
public sealed record ReportRow(string Group, ReportFigures Figures);
