using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Storage;

/// <summary>A document as the index holds it now, with when it was last written.</summary>
public sealed record StoredDocument(LegalDocument Document, DateTimeOffset IndexedAt, int Units);
