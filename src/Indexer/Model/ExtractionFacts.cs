namespace LawMonitor.Indexer.Model;

/// <summary>What reading a file learnt about it, kept with each version.</summary>
/// <param name="Format">The format it was read as ("Pdf", "Docx", "Html" …), whatever its extension said.</param>
/// <param name="Size">Bytes of the original file.</param>
public sealed record ExtractionFacts(string Format, long Size)
{
    /// <summary>Pages, for paged formats.</summary>
    public int? Pages { get; init; }

    /// <summary>1-based pages read by OCR because they had no text layer.</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];

    /// <summary>Mean OCR word confidence, 0–100, when any page was OCR'd.</summary>
    public double? OcrConfidence { get; init; }

    /// <summary>The legacy encoding converted from ("TCVN3", "VNI"), or null.</summary>
    public string? LegacyEncoding { get; init; }

    /// <summary>Warnings that did not stop the file ("format-mismatch: …").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
