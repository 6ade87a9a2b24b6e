using LawMonitor.Indexer.Monitoring.Detectors;

namespace LawMonitor.SearchApi.Hosting;

/// <summary>One run of the detectors: why it ran, when, how long it took, what it found; or why it failed.</summary>
public sealed record DetectionRun(string Trigger, DateTimeOffset StartedAt, TimeSpan Took, DetectionSummary? Summary, string? Error);
