namespace LawMonitor.Crawler.Sources;

/// <summary>
/// What to collect from a portal and how politely: seeds, the scope (hosts and path patterns), which pages are
/// listings and which are documents, attachment types, the schedule and the per-host rate. Read from a JSON
/// file or the API by <see cref="CrawlSourceReader"/>, which checks every field.
/// </summary>
/// <param name="Name">A short slug ("stp-ha-noi"), unique; shown as the documents' source (<c>nguon:</c>).</param>
/// <param name="Seeds">Where the crawl starts (listing pages; the home page of a site).</param>
public sealed record CrawlSource(string Name, IReadOnlyList<Uri> Seeds)
{
    /// <summary>A title for people ("Sở Tư pháp tỉnh …").</summary>
    public string? Title { get; init; }

    /// <summary>Sitemaps to read besides those robots.txt names.</summary>
    public IReadOnlyList<Uri> Sitemaps { get; init; } = [];

    /// <summary>Hosts in scope (lower case); by default the seeds' hosts.</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>A URL (path and query) must match one of these to be in scope; none means every path.</summary>
    public IReadOnlyList<UrlPattern> Include { get; init; } = [];

    /// <summary>A URL matching one of these is out of scope.</summary>
    public IReadOnlyList<UrlPattern> Exclude { get; init; } = [];

    /// <summary>Pages whose links are followed but which are not documents themselves (lists, categories, pages of results).</summary>
    public IReadOnlyList<UrlPattern> Listings { get; init; } = [];

    /// <summary>Pages that are documents (ingested, their attachments followed); none means every other in-scope page.</summary>
    public IReadOnlyList<UrlPattern> Documents { get; init; } = [];

    /// <summary>Attachment file types fetched and ingested (extensions without the dot).</summary>
    public IReadOnlyList<string> AttachmentTypes { get; init; } = DefaultAttachmentTypes;

    /// <summary>The site adapter ("generic" unless a portal needs its own).</summary>
    public string Adapter { get; init; } = "generic";

    /// <summary>How often the service runs the source; null runs it only when asked.</summary>
    public TimeSpan? Schedule { get; init; }

    /// <summary>Whether the service's scheduler runs it.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Least time between two requests to one host (robots.txt's crawl-delay raises it).</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Requests in flight to one host at once: 1 unless politeness is off.</summary>
    public int MaxConcurrentPerHost { get; init; } = 1;

    /// <summary>Whether delays and the one-request rule apply; off only for private or loopback hosts (tests, benchmarks).</summary>
    public bool Polite { get; init; } = true;

    /// <summary>Pages fetched per run, at most.</summary>
    public int MaxPages { get; init; } = 5000;

    /// <summary>Links followed from a seed, at most (pages of one listing count as one step).</summary>
    public int MaxDepth { get; init; } = 5;

    /// <summary>Whether hosts in private, loopback or link-local ranges may be reached.</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Whether paths are compared without case (IIS portals), so /Van-Ban and /van-ban are one page.</summary>
    public bool CaseInsensitivePaths { get; init; }

    /// <summary>Largest response read.</summary>
    public long MaxResponseBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest a request may take, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Redirects followed per request, at most.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after a timeout, a connection failure, 429, 500, 502, 503 or 504.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first retry's delay; each next one doubles, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest Retry-After waited for within a run; a longer one leaves the page for the next run.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Attachment types fetched unless a source says otherwise.</summary>
    public static IReadOnlyList<string> DefaultAttachmentTypes { get; } = ["pdf", "doc", "docx", "rtf"];

    /// <summary>The hosts in scope ("host", or "host:port" off the default port): <see cref="AllowedHosts"/>, or the seeds' and sitemaps'.</summary>
    public IReadOnlyList<string> Hosts => AllowedHosts.Count > 0
        ? AllowedHosts
        : Seeds.Concat(Sitemaps).Select(HostOf).Distinct().ToList();

    /// <summary>How <paramref name="url"/>'s host is written in <see cref="Hosts"/>.</summary>
    public static string HostOf(Uri url) => Links.HostName.WithPort(url);

    /// <summary>An ad hoc source for one site: the seed's host as scope, default politeness.</summary>
    public static CrawlSource ForSeed(Uri seed, bool allowPrivate) =>
        new(SeedName(seed), [seed]) { AllowPrivate = allowPrivate, Title = seed.Host };

    /// <summary>"seed-" and the host in a source name's letters ("seed-vbpl-vn", "seed-1" for [::1]).</summary>
    private static string SeedName(Uri seed)
    {
        var host = new string([.. Links.HostName.Of(seed).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        while (host.Contains("--", StringComparison.Ordinal))
        {
            host = host.Replace("--", "-", StringComparison.Ordinal);
        }

        var name = "seed-" + (host.Length == 0 ? "host" : host);
        return name.Length <= 64 ? name : name[..64].TrimEnd('-');
    }
}
