using LawMonitor.Crawler.Frontier;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A URL of a run that failed or was skipped.</summary>
public sealed record CrawlErrorResponse(string Url, string State, string Code, string Message, int? HttpStatus, string? Referrer)
{
    public static CrawlErrorResponse From(CrawlError error) =>
        new(error.Url.ToString(), error.State, error.Code, error.Message, error.HttpStatus, error.Referrer);
}
