namespace LawMonitor.Indexer.Storage;

/// <summary>What a write did to the index.</summary>
public enum WriteOutcome
{
    /// <summary>A new document was added.</summary>
    Added,

    /// <summary>A stored document's content changed and all its units were replaced.</summary>
    Updated,

    /// <summary>The stored document has the same content: nothing was written.</summary>
    Unchanged,

    /// <summary>The document was deleted.</summary>
    Deleted,

    /// <summary>There was no such document to delete.</summary>
    NotFound,
}
