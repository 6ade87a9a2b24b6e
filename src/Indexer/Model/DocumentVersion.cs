namespace LawMonitor.Indexer.Model;

/// <summary>
/// One version of a document: the original file it was read from (content-addressed), where that came
/// from, and what the parser of <see cref="ParserVersion"/> made of it. Versions are numbered from 1 and
/// never removed; a re-parse replaces the parse of a version, not the version.
/// </summary>
/// <param name="DocumentId">The document.</param>
/// <param name="Version">1, 2, …</param>
/// <param name="FileSha256">Lower-case hex SHA-256 of the original file, its key in the raw file store.</param>
/// <param name="FileName">The file's name as received.</param>
/// <param name="SourceKey">Where it came from: "file:/path", "upload:name", a URL, "corpus:hoa-phong/qd-12-2019.txt".</param>
public sealed record DocumentVersion(DocumentId DocumentId, int Version, string FileSha256, string FileName, string SourceKey)
{
    /// <summary>The parser that produced <see cref="Text"/>, <see cref="Metadata"/> and <see cref="Facts"/>.</summary>
    public int ParserVersion { get; init; }

    /// <summary>When the file was received.</summary>
    public DateTimeOffset IngestedAt { get; init; }

    /// <summary>When it was last parsed.</summary>
    public DateTimeOffset ParsedAt { get; init; }

    /// <summary>What reading the file learnt.</summary>
    public required ExtractionFacts Facts { get; init; }

    /// <summary>The metadata the text states.</summary>
    public required DocumentMetadata Metadata { get; init; }

    /// <summary>The extracted text (empty when listed without text).</summary>
    public string Text { get; init; } = string.Empty;
}
