namespace LawMonitor.Crawler.Frontier;

/// <summary>What a fetch is recorded with: requests made, the status, validators and the body's hash.</summary>
public sealed record FetchFacts(int Requests, int HttpStatus)
{
    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? Sha256 { get; init; }
}
