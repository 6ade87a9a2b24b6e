namespace LawMonitor.Crawler.Fetching;

/// <summary>What one fetch came to.</summary>
public enum FetchOutcome
{
    /// <summary>A body was read (2xx).</summary>
    Ok,

    /// <summary>304: the copy from the last crawl still holds; no body.</summary>
    NotModified,

    /// <summary>Nothing usable; see the error code.</summary>
    Failed,

    /// <summary>The server asked to wait longer than a run waits (Retry-After); left for the next run.</summary>
    Deferred,
}
