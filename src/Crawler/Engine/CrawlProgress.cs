namespace LawMonitor.Crawler.Engine;

/// <summary>How far a run is: URLs processed, documents ingested, errors, and the last URL.</summary>
public sealed record CrawlProgress(long RunId, int Processed, int Documents, int Errors, Uri? Current);
