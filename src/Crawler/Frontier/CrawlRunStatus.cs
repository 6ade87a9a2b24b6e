namespace LawMonitor.Crawler.Frontier;

/// <summary>How a run stands.</summary>
public static class CrawlRunStatus
{
    /// <summary>Under way — or interrupted, when no process holds the source's lock; then the next start resumes it.</summary>
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
