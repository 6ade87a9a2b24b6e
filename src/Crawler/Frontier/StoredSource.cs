namespace LawMonitor.Crawler.Frontier;

/// <summary>A source definition as stored: its JSON, and whether it came from a file (read-only through the API) or the API.</summary>
public sealed record StoredSource(string Name, string Json, string Origin, DateTimeOffset UpdatedAt);
