namespace LawMonitor.Indexer.Ingestion;

/// <summary>What ingesting one file did.</summary>
public enum IngestStatus
{
    /// <summary>A new document (version 1).</summary>
    Added,

    /// <summary>A changed file from a known source: a new version of its document.</summary>
    NewVersion,

    /// <summary>The stored original of the latest version read again by this parser; no new version.</summary>
    Reparsed,

    /// <summary>The same bytes as the document's latest version: nothing to do.</summary>
    Unchanged,

    /// <summary>The same bytes as a document from another source: no new document.</summary>
    Duplicate,

    /// <summary>Not ingested; see the error code and message. Nothing stored was changed.</summary>
    Failed,
}
