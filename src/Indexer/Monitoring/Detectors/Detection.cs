using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Runs the detectors over the index and records their candidates in the findings register; a candidate
/// already there (open, confirmed or dismissed) is not added again.
/// </summary>
public static class Detection
{
    public static DetectionSummary Run(LegalIndex index, MonitoringStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var added = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rule, candidates) in new[] { (LapsedBasisDetector.Rule, LapsedBasisDetector.Detect(index)) })
        {
            found[rule] = candidates.Count;
            added[rule] = candidates.Count(c => store.AddCandidate(c) is not null);
        }

        return new DetectionSummary(found, added);
    }
}
