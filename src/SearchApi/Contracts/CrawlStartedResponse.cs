namespace LawMonitor.SearchApi.Contracts;

/// <summary>A crawl started in the background: its run, and where to follow it.</summary>
public sealed record CrawlStartedResponse(long RunId, string Source, string Status);
