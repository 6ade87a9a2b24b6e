namespace LawMonitor.Crawler.Links;

/// <summary>One &lt;loc&gt; of a sitemap: a page, or (in a sitemap index) another sitemap.</summary>
public sealed record SitemapEntry(Uri Url, bool IsSitemap, DateTimeOffset? LastModified);
