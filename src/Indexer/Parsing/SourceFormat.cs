namespace LawMonitor.Indexer.Parsing;

/// <summary>A file's real format, as its bytes say (not its extension).</summary>
public enum SourceFormat
{
    /// <summary>Not a format LawMonitor reads.</summary>
    Unknown,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>PDF, with or without a text layer.</summary>
    Pdf,

    /// <summary>Word 2007+ (Office Open XML).</summary>
    Docx,

    /// <summary>Word 97–2003 (OLE compound file).</summary>
    Doc,

    /// <summary>Rich Text Format.</summary>
    Rtf,

    /// <summary>A record <c>{"id", "text", …}</c> that states its own metadata: a line of a JSONL corpus, stored as its own original.</summary>
    JsonRecord,
}
