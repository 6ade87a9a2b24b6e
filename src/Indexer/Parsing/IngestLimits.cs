namespace LawMonitor.Indexer.Parsing;

/// <summary>
/// Limits on what one file may cost. Every default is documented here and in the README; they are settings
/// (configuration section <c>Ingest</c>, or CLI options).
/// </summary>
public sealed record IngestLimits
{
    /// <summary>The defaults.</summary>
    public static IngestLimits Default { get; } = new();

    /// <summary>Largest file accepted: 64 MB. Official PDFs rarely pass 20 MB; a scan of 300 pages does.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most pages read from one PDF: 1,000.</summary>
    public int MaxPages { get; init; } = 1000;

    /// <summary>Most pages of one PDF sent to OCR: 300 (about 4 minutes on two cores).</summary>
    public int MaxOcrPages { get; init; } = 300;

    /// <summary>Longest time for one file, OCR included: 15 minutes.</summary>
    public TimeSpan MaxTimePerFile { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Most bytes a DOCX may inflate to: 256 MB (a zip bomb inflates far more).</summary>
    public long MaxUncompressedBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Highest compression ratio of any part of a DOCX: 200 (text compresses ~10×; bombs ~1000×).</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>
    /// Whether PDFs' text layer is read in-process by PdfPig first (true, the default), or by pdftotext alone
    /// (setting Ingest:UsePdfPig = false; pdftotext stays the fallback either way).
    /// </summary>
    public bool UsePdfPig { get; init; } = true;

    /// <summary>Characters of text kept from one file: 20 million.</summary>
    public int MaxTextCharacters { get; init; } = 20_000_000;
}
