using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Links;
using LawMonitor.Crawler.Sources;

namespace LawMonitor.Crawler.Adapters;

/// <summary>
/// How a portal is read: what a URL is (listing, document page, attachment, or not worth fetching) and which
/// links a fetched page leads to. The generic adapter covers a conventional portal; a portal that needs
/// more (vbpl.vn's new site renders with JavaScript and would need its data endpoints) gets its own adapter,
/// registered in <see cref="SiteAdapters"/> and named in the source's "adapter" field.
/// </summary>
public interface ISiteAdapter
{
    /// <summary>The name sources use ("generic").</summary>
    string Name { get; }

    /// <summary>
    /// What <paramref name="link"/>, found on a page of kind <paramref name="from"/>, is; null when it is not
    /// worth fetching (an image, a page outside the source's patterns).
    /// </summary>
    PageKind? Classify(CrawlSource source, DiscoveredLink link, PageKind from);

    /// <summary>The links of an HTML page.</summary>
    IReadOnlyList<DiscoveredLink> Links(CrawlSource source, Uri pageUrl, byte[] body, string? contentType);
}
