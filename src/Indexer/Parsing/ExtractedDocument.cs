namespace LawMonitor.Indexer.Parsing;

/// <summary>The text of a file and what was learnt getting it.</summary>
/// <param name="Text">The body text, lines as paragraphs, page furniture removed.</param>
/// <param name="Format">The format it was read as.</param>
public sealed record ExtractedDocument(string Text, SourceFormat Format)
{
    /// <summary>Pages, for paged formats.</summary>
    public int? Pages { get; init; }

    /// <summary>What read the PDF's text layer ("PdfPig", or "pdftotext" when PdfPig could not), for paged formats.</summary>
    public string? TextLayerReader { get; init; }

    /// <summary>1-based pages that had no text layer and were read by OCR.</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];

    /// <summary>Mean word confidence of the OCR (0–100), when any page was OCR'd.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>The legacy encoding the text was converted from ("TCVN3", "VNI"), or null.</summary>
    public string? LegacyEncoding { get; init; }

    /// <summary>A title the container gave (HTML &lt;title&gt;), not necessarily the document's.</summary>
    public string? TitleHint { get; init; }

    /// <summary>Headers and footers, kept apart from the body.</summary>
    public string? Furniture { get; init; }

    /// <summary>The portal diagram ("Lược đồ") the page is, when it is one: its relations, not prose, describe a document.</summary>
    public Html.PortalDiagram? Diagram { get; init; }

    /// <summary>The fields a record gave with its text (a JSONL line's title, number, article …), as written; null for a file.</summary>
    public IReadOnlyDictionary<string, string>? Fields { get; init; }

    /// <summary>Things worth knowing that did not stop extraction ("format-mismatch: …").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
