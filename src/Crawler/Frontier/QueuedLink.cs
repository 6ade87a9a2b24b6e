namespace LawMonitor.Crawler.Frontier;

/// <summary>A URL to add to a run's frontier: what it is expected to be and how far from a seed.</summary>
public sealed record QueuedLink(Uri Url, PageKind Kind, int Depth);
