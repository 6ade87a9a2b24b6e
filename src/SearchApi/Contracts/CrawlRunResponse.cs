using LawMonitor.Crawler.Frontier;

namespace LawMonitor.SearchApi.Contracts;

/// <summary>A crawl run as the API and <c>crawl --json</c> show it.</summary>
public sealed record CrawlRunResponse(
    long Id,
    string Source,
    string Trigger,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Message,
    int Resumes,
    int Dropped,
    int Pages,
    int NotModified,
    int Requests,
    int DocumentsNew,
    int DocumentsChanged,
    int DocumentsUnchanged,
    int Duplicates,
    int Queued,
    IReadOnlyDictionary<string, int> Skipped,
    IReadOnlyDictionary<string, int> Errors,
    IReadOnlyList<CrawlErrorResponse>? ErrorList)
{
    public static CrawlRunResponse From(CrawlRun run, IReadOnlyList<CrawlError>? errors = null) => new(
        run.Id, run.Source, run.Trigger, run.Status, run.StartedAt, run.FinishedAt, run.Message, run.Resumes, run.Dropped,
        run.Counts.Pages, run.Counts.NotModified, run.Counts.Requests, run.Counts.DocumentsNew, run.Counts.DocumentsChanged,
        run.Counts.DocumentsUnchanged, run.Counts.Duplicates, run.Counts.Queued, run.Counts.Skipped, run.Counts.Errors,
        errors?.Select(CrawlErrorResponse.From).ToList());
}
