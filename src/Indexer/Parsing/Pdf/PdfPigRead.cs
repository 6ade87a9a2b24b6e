namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>
/// What PdfPig made of a file: its text layer, its page count when it could open the file, and the reason when
/// it produced no layer (null with a page count over the limit).
/// </summary>
internal sealed record PdfPigRead(TextLayer? Layer, int? PageCount, string? Failure);
