namespace LawMonitor.Crawler.Links;

/// <summary>A link found on a page: its canonical URL, its text, and whether it leads to another page of the same listing.</summary>
public sealed record DiscoveredLink(Uri Url, string Text, bool IsPagination);
