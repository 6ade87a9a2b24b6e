namespace LawMonitor.Indexer.Parsing.Pdf;

/// <summary>The OCR of one page: its lines and the mean confidence of its words (0–100).</summary>
internal sealed record OcrPage(int Page, IReadOnlyList<string> Lines, double Confidence, int Words);
