namespace LawMonitor.Indexer.Monitoring.Obligations;

/// <summary>One body's report for one period, as received.</summary>
/// <param name="Body">The body that sent it.</param>
/// <param name="Period">The period it reports on ("2025", "2025-Q3", "2025-H1", "2025-11").</param>
/// <param name="ReceivedOn">The day it was received (the report's own date when read from an ingested report).</param>
/// <param name="Document">The ingested report, by id, when there is one.</param>
/// <param name="Note">What the person recording it said.</param>
/// <param name="RecordedBy">Who recorded it: a person, or "rule:reports" when an ingested report was matched.</param>
public sealed record ReportReceipt(string Body, string Period, DateOnly ReceivedOn, string? Document = null, string? Note = null, string RecordedBy = "");
