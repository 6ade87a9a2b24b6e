namespace LawMonitor.Crawler.Frontier;

/// <summary>Where a URL of a run stands. A killed process resumes: fetching → pending, fetched → ingested from the kept body.</summary>
public static class FrontierState
{
    public const string Pending = "pending";
    public const string Fetching = "fetching";
    public const string Fetched = "fetched";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string Deferred = "deferred";
}
