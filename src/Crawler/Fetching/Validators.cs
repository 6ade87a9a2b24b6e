namespace LawMonitor.Crawler.Fetching;

/// <summary>What the last fetch of a URL returned, for a conditional request (If-None-Match, If-Modified-Since).</summary>
public sealed record Validators(string? ETag, string? LastModified)
{
    public bool Any => ETag is not null || LastModified is not null;
}
