namespace LawMonitor.Crawler.Frontier;

/// <summary>A URL claimed for fetching.</summary>
public sealed record FrontierItem(long RunId, Uri Url, PageKind Kind, int Depth, string? Referrer);
