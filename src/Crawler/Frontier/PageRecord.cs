namespace LawMonitor.Crawler.Frontier;

/// <summary>
/// What the last successful fetch of a URL learnt, across runs: validators for a conditional GET, the body's
/// hash, the document it became, and its links (so a 304 listing still leads on).
/// </summary>
public sealed record PageRecord(Uri Url, string? ETag, string? LastModified, string? Sha256, string? DocumentId, IReadOnlyList<StoredLink> Links);
