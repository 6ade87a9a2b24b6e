namespace LawMonitor.Indexer.Ingestion;

/// <summary>
/// The names an officer reads for where a document came from. The service's own sources have fixed codes
/// (<see cref="Corpus"/>, <see cref="Upload"/>, <see cref="Ingest"/>); a crawl source or a JSONL file is named by
/// whoever set it up, and is shown as named.
/// </summary>
public static class SourceNames
{
    /// <summary>The bundled demo corpus, ingested on first start.</summary>
    public const string Corpus = "corpus";

    /// <summary>Files uploaded through the API or the web UI.</summary>
    public const string Upload = "upload";

    /// <summary>Files given to the <c>ingest</c> command without a source name.</summary>
    public const string Ingest = "ingest";

    /// <summary>The Vietnamese name of <paramref name="source"/>.</summary>
    public static string Name(string source) => source switch
    {
        Corpus => "Bộ văn bản mẫu",
        Upload => "Tải lên qua giao diện hoặc API",
        Ingest => "Nhập từ tệp",
        _ => source,
    };
}
