namespace LawMonitor.Crawler.Fetching;

/// <summary>
/// A fetched URL: the outcome, the final URL after redirects, the status, the body (within the size limit) and
/// the validators for the next conditional request — or a stable error code and a message.
/// </summary>
public sealed record FetchResult(Uri Url, FetchOutcome Outcome)
{
    public Uri FinalUrl { get; init; } = Url;

    public int Status { get; init; }

    public byte[] Body { get; init; } = [];

    public string? ContentType { get; init; }

    /// <summary>The file name the server gave (Content-Disposition), if any.</summary>
    public string? FileName { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    /// <summary>Requests made (retries and redirects included).</summary>
    public int Requests { get; init; } = 1;

    /// <summary>
    /// Why it failed: "http-404", "http-500"…, "timeout", "connection", "too-large", "redirect-loop",
    /// "too-many-redirects", "redirect-out-of-scope", "robots-disallowed", "private-address", "rate-limited".
    /// </summary>
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>When a deferred URL may be asked again.</summary>
    public DateTimeOffset? RetryAt { get; init; }

    public static FetchResult Failure(Uri url, string code, string message, int status = 0) =>
        new(url, FetchOutcome.Failed) { ErrorCode = code, ErrorMessage = message, Status = status };
}
