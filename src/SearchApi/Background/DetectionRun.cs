using LawMonitor.Indexer.Monitoring.Detectors;

namespace LawMonitor.SearchApi.Background;

/// <summary>One run of the detectors (and of the alerts after them): why it ran, when, how long it took, what it found; or why it failed.</summary>
public sealed record DetectionRun(string Trigger, DateTimeOffset StartedAt, TimeSpan Took, DetectionSummary? Summary, string? Error)
{
    /// <summary>Notifications the users' saved searches and watches produced in the same run.</summary>
    public int Notifications { get; init; }
}
