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
    OcrResponse? Ocr)
{
    /// <summary>The effect status as the index knows it: the stated one, or what an ingested document that repeals, replaces or declares it expired says.</summary>
    public string Effect { get; init; } = Status;

    /// <summary>Why <see cref="Effect"/> differs from the stated status ("Bị bãi bỏ bởi Quyết định số 05/2025/QĐ-UBND").</summary>
    public string? EffectNote { get; init; }

    /// <summary>The document that ended it, when one did.</summary>
    public string? EffectBy { get; init; }

    /// <summary>The document as people name it: "Quyết định số 12/2019/QĐ-UBND".</summary>
    public string? Label { get; init; }

    /// <summary>The derived effect's Vietnamese name: "Hết hiệu lực toàn bộ".</summary>
    public string? EffectName { get; init; }

    /// <summary>A plan's or programme's period, read from its title ("Năm 2026", "Giai đoạn 2018–2022").</summary>
    public string? PeriodName { get; init; }

    /// <summary>The stated status's Vietnamese name.</summary>
    public string? StatusName { get; init; }

    /// <summary>The document that ended it, as people name it.</summary>
    public string? EffectByLabel { get; init; }

    /// <summary>The appendices after the signature, in order (a plan's task table is one): the tree's last entries.</summary>
    public IReadOnlyList<AppendixResponse> Appendices { get; init; } = [];

    /// <summary>Where it came from, as an officer reads it ("Bộ văn bản mẫu", a crawl source's name).</summary>
    public string? SourceName => Source is null ? null : Indexer.Ingestion.SourceNames.Name(Source);
}
