namespace LawMonitor.Indexer.Monitoring.Reports.Annual;

/// <summary>An inspection or a survey of the year: what, who led it, where it stands, its report and the findings it produced.</summary>
public sealed record InspectionItem(string Kind, string Content, string? LeadBody, string Status, string? Report, int Findings);
