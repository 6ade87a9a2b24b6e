namespace LawMonitor.Crawler.Fetching;

/// <summary>One HTTP exchange, read completely (or cut at the size limit).</summary>
internal sealed record RawResponse(int Status, byte[] Body)
{
    public bool TooLarge { get; init; }

    public long? DeclaredLength { get; init; }

    public string? ContentType { get; init; }

    public string? FileName { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public Uri? Location { get; init; }

    public TimeSpan? RetryAfter { get; init; }
}
