using LawMonitor.Indexer.Ingestion;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>The result for one ingested file, as the CLI (<c>ingest --json</c>) and <c>POST /api/documents</c> publish it.</summary>
/// <param name="File">The file name.</param>
/// <param name="Ok">Whether the file is in the index.</param>
/// <param name="Status">added, newVersion, reparsed, unchanged, duplicate or failed.</param>
/// <param name="DocumentId">The document the file is (for a duplicate, the one that already has these bytes).</param>
/// <param name="Code">The stable error code when failed (empty-file, too-large, corrupt-pdf, encrypted-pdf, zip-bomb …).</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record IngestResultResponse(
    string File,
    bool Ok,
    string Status,
    string? DocumentId,
    int? Version,
    string? Code,
    string? Message,
    IReadOnlyList<string> Warnings,
    string? Format,
    int? Pages,
    IReadOnlyList<int> OcrPages,
    double? OcrConfidence,
    string? LegacyEncoding,
    string? Number,
    string? Type,
    string? Title,
    int Provisions,
    int Citations,
    double Seconds)
{
    public static IngestResultResponse From(IngestResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.Name,
            r.Ok,
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(r.Status.ToString()),
            r.DocumentId?.Value,
            r.Version,
            r.Code,
            r.Message,
            r.Warnings,
            r.Facts?.Format,
            r.Facts?.Pages,
            r.Facts?.OcrPages ?? [],
            r.Facts?.OcrConfidence,
            r.Facts?.LegacyEncoding,
            r.Number,
            r.Type,
            r.Title,
            r.Provisions,
            r.Citations,
            Math.Round(r.Elapsed.TotalSeconds, 3));
    }
}
