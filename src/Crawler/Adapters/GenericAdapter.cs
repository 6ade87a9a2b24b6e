using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Links;
using LawMonitor.Crawler.Sources;

namespace LawMonitor.Crawler.Adapters;

/// <summary>
/// A conventional portal: listings (the seeds, pages matching "listings", and the pages of a listing) lead to
/// document pages and attachments. Links to files of the attachment types are attachments; other files
/// (images, archives, spreadsheets, media) are not fetched. When the source names document patterns, only
/// pages matching listings or documents are fetched; when it names none, every other in-scope page is a
/// document page.
/// </summary>
public sealed class GenericAdapter : ISiteAdapter
{
    private static readonly HashSet<string> NotDocuments = new(StringComparer.OrdinalIgnoreCase)
    {
        "jpg", "jpeg", "png", "gif", "bmp", "webp", "svg", "ico", "tif", "tiff", "zip", "rar", "7z", "gz", "tar", "xls", "xlsx", "ppt", "pptx",
        "mp3", "mp4", "avi", "wmv", "mov", "flv", "css", "js", "json", "xml", "exe", "msi", "apk", "odt", "ods",
    };

    public string Name => "generic";

    public PageKind? Classify(CrawlSource source, DiscoveredLink link, PageKind from)
    {
        var extension = Path.GetExtension(link.Url.AbsolutePath).TrimStart('.').ToLowerInvariant();
        if (source.AttachmentTypes.Contains(extension))
        {
            return PageKind.Attachment;
        }

        if (NotDocuments.Contains(extension) || CrawlSource.DefaultAttachmentTypes.Contains(extension))
        {
            return null;
        }

        if (link.IsPagination && from == PageKind.Listing)
        {
            return PageKind.Listing;
        }

        if (source.Listings.Any(p => p.IsMatch(link.Url)))
        {
            return PageKind.Listing;
        }

        if (source.Documents.Count == 0 || source.Documents.Any(p => p.IsMatch(link.Url)))
        {
            return PageKind.Document;
        }

        return null;
    }

    public IReadOnlyList<DiscoveredLink> Links(CrawlSource source, Uri pageUrl, byte[] body, string? contentType) =>
        LinkExtractor.Extract(body, contentType, pageUrl, source.CaseInsensitivePaths);
}
