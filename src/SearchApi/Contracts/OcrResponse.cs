namespace LawMonitor.SearchApi.Contracts;

/// <summary>The pages of a version read by OCR and the mean word confidence (0–100).</summary>
public sealed record OcrResponse(IReadOnlyList<int> Pages, double? Confidence);
