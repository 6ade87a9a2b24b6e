namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>What a detector run found: candidates per rule, and how many of them were new to the register.</summary>
public sealed record DetectionSummary(IReadOnlyDictionary<string, int> Found, IReadOnlyDictionary<string, int> Added)
{
    public int TotalAdded => Added.Values.Sum();

    /// <summary>Open candidates closed because a document they compare was removed, or changed so that they are not found again.</summary>
    public int Retired { get; init; }
}
