using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Runs the detectors over the index and records their candidates in the findings register (a candidate
/// already there, open, confirmed or dismissed, is not added again), then proposes outcomes for open
/// recommendations whose target a later document amends or repeals.
/// </summary>
public static class Detection
{
    public static DetectionSummary Run(LegalIndex index, MonitoringStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var added = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var similar = OverlapDetector.Detect(index);
        IEnumerable<(string Rule, IReadOnlyList<Finding> Candidates)> runs =
        [
            (LapsedBasisDetector.Rule, LapsedBasisDetector.Detect(index)),
            (EndedProgrammeDetector.Rule, EndedProgrammeDetector.Detect(index)),
            .. OverlapDetector.Rules.Select(r => (r, (IReadOnlyList<Finding>)similar.Where(f => f.FoundBy == r).ToList())),
        ];
        foreach (var (rule, candidates) in runs)
        {
            found[rule] = candidates.Count;
            added[rule] = candidates.Count(c => store.AddCandidate(c) is not null);
        }

        var proposals = ClosingTheLoopDetector.Run(index, store);
        found[ClosingTheLoopDetector.Rule] = proposals;
        added[ClosingTheLoopDetector.Rule] = proposals;
        return new DetectionSummary(found, added);
    }
}
