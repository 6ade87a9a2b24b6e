using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Detector 5, closing the loop: when an ingested document amends, supplements, replaces, repeals or
/// suspends the target of a sent or answered recommendation, the recommendation gets that document as its
/// proposed outcome (history kept); a person confirms by marking it implemented.
/// </summary>
public static class ClosingTheLoopDetector
{
    public const string Rule = "rule:closing-the-loop";

    private static readonly HashSet<CitationRelation> Outcomes =
        [CitationRelation.Amends, CitationRelation.Supplements, CitationRelation.Replaces, CitationRelation.Repeals, CitationRelation.Suspends, CitationRelation.Expires];

    /// <summary>Proposes outcomes; returns how many recommendations got a new proposal.</summary>
    public static int Run(LegalIndex index, MonitoringStore store)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(store);
        var reader = index.Documents;
        var proposed = 0;
        foreach (var recommendation in store.ListRecommendations().Where(r => r.Status is RecommendationStatus.Sent or RecommendationStatus.Answered))
        {
            var targets = recommendation.Targets.Select(t => t.DocumentId).Distinct();
            var found = targets
                .SelectMany(reader.CitedBy)
                .Where(c => Outcomes.Contains(c.Citation.Relation) && !recommendation.Targets.Any(t => t.DocumentId == c.CitingDocument))
                .FirstOrDefault();
            if (found is not null && store.ProposeOutcome(recommendation.Id, new ProposedOutcome(found.CitingDocument.Value, found.Citation.Relation.ToString(), found.Citation.Text), Rule) is { Succeeded: true })
            {
                proposed++;
            }
        }

        return proposed;
    }
}
