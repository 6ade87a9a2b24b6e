using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Storage;

/// <summary>A citation as stored: the citing document, the citation, and the indexed document it resolves to.</summary>
/// <param name="CitingDocument">The document whose text holds the citation.</param>
/// <param name="Citation">The citation.</param>
/// <param name="ResolvedTo">
/// The document the citation points to when it is in the index (by number, else by name; for a citation of
/// the document itself, null).
/// </param>
public sealed record StoredCitation(DocumentId CitingDocument, Citation Citation, DocumentId? ResolvedTo);
