namespace LawMonitor.Indexer.Model;

/// <summary>
/// A document as the index sees it: identity, metadata used for filters and facets, and its full text.
/// What is not known is null (or <see cref="EffectStatus.Unknown"/>), never guessed.
/// </summary>
/// <param name="Id">The stable identity.</param>
/// <param name="Text">The full text; provisions are spans of it.</param>
public sealed record LegalDocument(DocumentId Id, string Text)
{
    /// <summary>Number and symbol, when the document has one.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The document type by its Vietnamese name: "Nghị định", "Kế hoạch".</summary>
    public string? Type { get; init; }

    /// <summary>The title (trích yếu), or a law's name.</summary>
    public string? Title { get; init; }

    /// <summary>The issuing body: "Chính phủ", "UBND tỉnh Nam Định".</summary>
    public string? Issuer { get; init; }

    /// <summary>The date of issue (ngày ban hành), or for a law the date it was passed.</summary>
    public DateOnly? IssueDate { get; init; }

    /// <summary>Where it was issued ("Hà Nội").</summary>
    public string? Place { get; init; }

    /// <summary>The date it takes effect, when the text states one.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Who signed it ("Nguyễn Văn An").</summary>
    public string? Signer { get; init; }

    /// <summary>The signer's title as printed ("Chủ tịch", "KT. Chủ tịch — Phó Chủ tịch").</summary>
    public string? SignerTitle { get; init; }

    /// <summary>Effect status.</summary>
    public EffectStatus Status { get; init; }

    /// <summary>Where the document came from: a corpus file, a portal, an upload.</summary>
    public string? Source { get; init; }

    /// <summary>References to other documents and to its own provisions, in text order (empty when not read).</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>Other metadata, kept as given.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The year used for filters: of the issue date, else of the number.</summary>
    public int? Year => IssueDate?.Year ?? Number?.Year;
}
