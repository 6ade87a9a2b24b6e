namespace LawMonitor.Crawler.Frontier;

/// <summary>A URL of a run that failed or was skipped: the stable code and the message.</summary>
public sealed record CrawlError(Uri Url, string State, string Code, string Message, int? HttpStatus, string? Referrer);
