using LawMonitor.Indexer.Model;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A version of a document: its original file, where it came from, and what reading it learnt.</summary>
public sealed record VersionResponse(
    int Version,
    string FileName,
    string FileSha256,
    string SourceKey,
    int ParserVersion,
    DateTimeOffset IngestedAt,
    DateTimeOffset ParsedAt,
    string Format,
    long Size,
    int? Pages,
    IReadOnlyList<int> OcrPages,
    double? OcrConfidence,
    string? LegacyEncoding,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The format as an officer reads it ("Word (DOCX)", "Văn bản thuần (TXT)").</summary>
    public string FormatName => Indexer.Parsing.SourceFormatNames.Name(Format);

    public static VersionResponse From(DocumentVersion v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Version, v.FileName, v.FileSha256, v.SourceKey, v.ParserVersion, v.IngestedAt, v.ParsedAt, v.Facts.Format, v.Facts.Size, v.Facts.Pages,
            v.Facts.OcrPages, v.Facts.OcrConfidence, v.Facts.LegacyEncoding, v.Facts.Warnings);
    }
}
