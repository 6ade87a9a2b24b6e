using System.Collections.Concurrent;
using System.Text;
using LawMonitor.Crawler.Fetching;
using LawMonitor.Crawler.Frontier;

namespace LawMonitor.Crawler.Politeness;

/// <summary>
/// robots.txt per origin for one run, fetched before any other request to that origin: kept in crawl.db and
/// reused for a day, then asked for again conditionally. 2xx is parsed; 4xx (but 429) means no rules; 5xx,
/// 429 or no connection means nothing may be fetched this run (the last good copy is used when there is one).
/// </summary>
public sealed class RobotsPolicy(CrawlStore store, Fetcher fetcher, TimeSpan lifetime, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsTxt>>> cache = new(StringComparer.Ordinal);

    /// <summary>The rules for <paramref name="url"/>'s origin.</summary>
    public Task<RobotsTxt> ForAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        return cache.GetOrAdd(origin, o => new Lazy<Task<RobotsTxt>>(() => LoadAsync(new Uri(o + "/robots.txt"), cancellationToken))).Value;
    }

    private async Task<RobotsTxt> LoadAsync(Uri robotsUrl, CancellationToken cancellationToken)
    {
        var key = robotsUrl.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
        var kept = store.Robots(key);
        var now = clock.GetUtcNow();
        if (kept is { } fresh && now - fresh.FetchedAt < lifetime)
        {
            return Parse(fresh.Status, fresh.Body, robotsUrl);
        }

        var validators = kept is { Body: not null } k ? new Validators(k.ETag, k.LastModified) : null;
        var result = await fetcher.FetchAsync(robotsUrl, u => u == robotsUrl ? validators : null, static (_, _) => ValueTask.FromResult<(string, string)?>(null), cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case FetchOutcome.Ok:
                var body = Encoding.UTF8.GetString(result.Body, 0, Math.Min(result.Body.Length, RobotsTxt.MaxBytes));
                store.PutRobots(key, result.Status, body, result.ETag, result.LastModified, now);
                return Parse(result.Status, body, robotsUrl);
            case FetchOutcome.NotModified when kept is { } old:
                store.PutRobots(key, old.Status, old.Body, result.ETag ?? old.ETag, result.LastModified ?? old.LastModified, now);
                return Parse(old.Status, old.Body, robotsUrl);
            case FetchOutcome.Failed when result.ErrorCode == "private-address":
                // Nothing reaches such a host; the page's own fetch records why.
                return RobotsTxt.AllowAll;
            case FetchOutcome.Failed when result.Status is >= 400 and < 500 and not 429:
                store.PutRobots(key, result.Status, null, null, null, now);
                return RobotsTxt.AllowAll;
            default:
                return kept is { Body: not null } last ? Parse(last.Status, last.Body, robotsUrl) : RobotsTxt.Unreachable;
        }
    }

    private static RobotsTxt Parse(int status, string? body, Uri robotsUrl) =>
        status is >= 200 and < 300 && body is not null ? RobotsTxt.Parse(body, UserAgent.ProductToken, robotsUrl) : RobotsTxt.AllowAll;
}
