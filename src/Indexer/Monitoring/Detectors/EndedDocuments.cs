using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>
/// Documents of the index that have ended as a whole, as <see cref="Legal.Effect.EffectRule"/> decides it
/// (stated as expired, or ended as a whole by a competent later document or the reference table). What they say no longer binds
/// anyone, so they are neither flagged nor compared.
/// </summary>
public static class EndedDocuments
{
    public static HashSet<DocumentId> Find(DocumentReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.Effects().Ended.ToHashSet();
    }
}
