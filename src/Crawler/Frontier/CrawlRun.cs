namespace LawMonitor.Crawler.Frontier;

/// <summary>One run of a source: when, why, how it ended, and its counts.</summary>
public sealed record CrawlRun(long Id, string Source, string Trigger, string Status, DateTimeOffset StartedAt)
{
    public DateTimeOffset? FinishedAt { get; init; }

    /// <summary>Why it failed or stopped, when it did.</summary>
    public string? Message { get; init; }

    /// <summary>Times it was resumed after an interruption.</summary>
    public int Resumes { get; init; }

    /// <summary>Links not followed because the run reached the source's page limit.</summary>
    public int Dropped { get; init; }

    public CrawlCounts Counts { get; init; } = new();
}
