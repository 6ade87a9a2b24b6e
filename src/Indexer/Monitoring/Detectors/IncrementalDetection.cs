namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>What an incremental overlap run found and what it cost.</summary>
/// <param name="Findings">Overlaps, contradictions, conflicts and restatements involving a new or changed document.</param>
/// <param name="PreparedDocuments">Documents new or changed since the last run, prepared and stored.</param>
/// <param name="RemovedDocuments">Documents no longer in the index, forgotten.</param>
/// <param name="PreparedUnits">Their provisions compared.</param>
/// <param name="ComparedPairs">Candidate pairs verified.</param>
public sealed record IncrementalDetection(IReadOnlyList<Finding> Findings, int PreparedDocuments, int RemovedDocuments, int PreparedUnits, int ComparedPairs)
{
    /// <summary>Milliseconds per stage ("changes", "store", "ended", "buckets", "load", "verify"), for the benchmark.</summary>
    public IReadOnlyDictionary<string, double> Stages { get; init; } = new Dictionary<string, double>();

    /// <summary>The documents prepared again because their text changed (not new ones).</summary>
    public IReadOnlySet<string> Changed { get; init; } = new HashSet<string>();

    /// <summary>The documents no longer in the index.</summary>
    public IReadOnlySet<string> Removed { get; init; } = new HashSet<string>();
}
