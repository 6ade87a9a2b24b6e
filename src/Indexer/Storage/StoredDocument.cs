using LawMonitor.Indexer.Legal.Effect;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Storage;

/// <summary>A document as the index holds it now, with when it was last written.</summary>
public sealed record StoredDocument(LegalDocument Document, DateTimeOffset IndexedAt, int Units)
{
    /// <summary>Its effect as decided from everything held (<see cref="EffectRule"/>); the stated status is <c>Document.Status</c>.</summary>
    public DocumentEffect Effect { get; init; } = DocumentEffect.OfStated(Document.Status);
}
