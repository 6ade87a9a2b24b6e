namespace LawMonitor.SearchApi.Contracts;

/// <summary>
/// Everything known about a document: metadata (null where the text does not say), the provision tree,
/// citations made and received, versions, and OCR facts of the version shown.
/// </summary>
/// <param name="Version">The version shown (null for a document indexed from a corpus file without versions).</param>
public sealed record DocumentDetailsResponse(
    string Id,
    DocumentNumberResponse? Number,
    string? Type,
    string? Title,
    string? Issuer,
    DateOnly? IssueDate,
    string? Place,
    DateOnly? EffectiveDate,
    string? Signer,
    string? SignerTitle,
    string Status,
    string? Source,
    DateTimeOffset IndexedAt,
    int? Version,
    int TextLength,
    IReadOnlyList<ProvisionNodeResponse> Provisions,
    IReadOnlyDictionary<string, int> ProvisionCounts,
    IReadOnlyList<CitationResponse> Citations,
    IReadOnlyList<CitationResponse> CitedBy,
    IReadOnlyList<VersionResponse> Versions,
    OcrResponse? Ocr);
