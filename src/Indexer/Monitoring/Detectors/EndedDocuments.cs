using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Documents of the index that have ended as a whole: stated as expired in their metadata, or replaced,
/// repealed or declared expired as a whole by another ingested document. What they say no longer binds
/// anyone, so they are neither flagged nor compared.
/// </summary>
public static class EndedDocuments
{
    public static HashSet<DocumentId> Find(DocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ended = reader.NumberKeysWithStatus(EffectStatus.Expired).Select(e => e.Document).ToHashSet();
        foreach (var ending in reader.CitationsWithRelation(CitationRelation.Replaces, CitationRelation.Repeals, CitationRelation.Expires))
        {
            if (ending.Citation.TargetPath is null && ending.ResolvedTo is { } whole && whole != ending.CitingDocument
                && ending.Citation.TargetKey?.StartsWith("number:", StringComparison.Ordinal) == true)
            {
                ended.Add(whole);
            }
        }

        return ended;
    }
}
