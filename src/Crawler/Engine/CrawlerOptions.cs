namespace LawMonitor.Crawler.Engine;

/// <summary>Settings of the crawler as a whole (section "Crawler"); sources carry their own.</summary>
public sealed record CrawlerOptions
{
    /// <summary>The data folder: crawl.db and the per-source locks live there.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The contact sent in the user agent (an e-mail address or a URL of the team running LawMonitor).</summary>
    public string Contact { get; init; } = "lawmonitor-admin@localhost";

    /// <summary>Longest crawl-delay honoured from robots.txt; a longer one is cut to this and the run notes it.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a robots.txt is used before it is asked for again (RFC 9309: at most 24 hours).</summary>
    public TimeSpan RobotsLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Fetched documents waiting for ingestion, at most (back-pressure on fetching).</summary>
    public int IngestQueue { get; init; } = 32;
}
