namespace LawMonitor.Indexer.Parsing;

/// <summary>
/// The stable codes of a file that could not be read or written, as a <see cref="Outcomes.Problem"/>'s code and an
/// ingest result's: what the API, the CLI and the crawl's error counts show, said once here.
/// </summary>
public static class ExtractionErrorCodes
{
    public const string EmptyFile = "empty-file";
    public const string TooLarge = "too-large";
    public const string UnsupportedFormat = "unsupported-format";
    public const string CorruptPdf = "corrupt-pdf";
    public const string EncryptedPdf = "encrypted-pdf";
    public const string TooManyPages = "too-many-pages";
    public const string CorruptDocx = "corrupt-docx";
    public const string ZipBomb = "zip-bomb";
    public const string CorruptDoc = "corrupt-doc";
    public const string NoText = "no-text";
    public const string Timeout = "timeout";
    public const string ToolMissing = "tool-missing";

    /// <summary>The file could not be read from where it was (disk, upload).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>Something unexpected: the message says what, and the other files go on.</summary>
    public const string InternalError = "internal-error";

    /// <summary>A record (<c>.json</c>, a JSONL line) that is not a JSON object.</summary>
    public const string InvalidJson = "invalid-json";

    /// <summary>A record without <c>text</c>.</summary>
    public const string MissingText = "missing-text";

    /// <summary>A record whose <c>article</c>, <c>clause</c> or <c>point</c> is not one.</summary>
    public const string InvalidProvision = "invalid-provision";

    /// <summary>A JSONL line without <c>id</c>.</summary>
    public const string MissingId = "missing-id";

    /// <summary>A JSONL line whose <c>id</c> is not a document id.</summary>
    public const string InvalidId = "invalid-id";

    /// <summary>A JSONL line that is the same record as another document's.</summary>
    public const string Duplicate = "duplicate";
}
