using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Model;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>A parsed document: what the index stores, the metadata as the text states it, and its provision tree.</summary>
public sealed record AssembledDocument(LegalDocument Document, DocumentMetadata Metadata, DocumentStructure Structure);
