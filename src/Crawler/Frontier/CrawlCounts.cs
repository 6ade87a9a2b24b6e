namespace LawMonitor.Crawler.Frontier;

/// <summary>A run's tallies, counted from its frontier.</summary>
public sealed record CrawlCounts
{
    /// <summary>URLs fetched with a body or a 304.</summary>
    public int Pages { get; init; }

    /// <summary>Answers 304 Not Modified (no body downloaded).</summary>
    public int NotModified { get; init; }

    /// <summary>HTTP requests made (retries and redirects included).</summary>
    public int Requests { get; init; }

    public int DocumentsNew { get; init; }

    public int DocumentsChanged { get; init; }

    public int DocumentsUnchanged { get; init; }

    public int Duplicates { get; init; }

    /// <summary>URLs still to fetch (or to ingest).</summary>
    public int Queued { get; init; }

    /// <summary>URLs not fetched on purpose (robots.txt, unsupported type).</summary>
    public IReadOnlyDictionary<string, int> Skipped { get; init; } = new Dictionary<string, int>();

    /// <summary>Failures by code ("http-404", "timeout", "corrupt-pdf" …).</summary>
    public IReadOnlyDictionary<string, int> Errors { get; init; } = new Dictionary<string, int>();

    public int ErrorTotal => Errors.Values.Sum();
}
