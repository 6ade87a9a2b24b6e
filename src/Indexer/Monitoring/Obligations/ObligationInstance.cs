namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>One body's report for one period under an obligation, and where it stands on the day it was read.</summary>
public sealed record ObligationInstance(ObligationId ObligationId, string Body, ReportingPeriod Period, ReportState State, ReportReceipt? Receipt);
