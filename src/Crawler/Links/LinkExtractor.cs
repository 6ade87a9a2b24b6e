using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LawMonitor.Indexer.Parsing.Text;

namespace LawMonitor.Crawler.Links;

/// <summary>
/// The links of an HTML page, canonicalised and resolved against its base: anchors, &lt;link rel=next&gt;, and
/// the PDF viewers portals embed (iframe, embed, object). Scripts are never run; javascript:, mailto: and tel:
/// links are dropped. A link is pagination when it says so (rel=next/prev), sits in a pager, or reads as a
/// page number or "Trang sau"/"Tiếp"/"»" and changes only a page parameter.
/// </summary>
public static partial class LinkExtractor
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>The links of <paramref name="html"/> fetched from <paramref name="pageUrl"/> (declared content type for the charset).</summary>
    public static IReadOnlyList<DiscoveredLink> Extract(byte[] html, string? contentType, Uri pageUrl, bool caseInsensitivePaths)
    {
        var (text, _) = TextDecoder.Decode(html, Charset(contentType));
        return Extract(text, pageUrl, caseInsensitivePaths);
    }

    /// <summary>The links of decoded <paramref name="html"/>.</summary>
    public static IReadOnlyList<DiscoveredLink> Extract(string html, Uri pageUrl, bool caseInsensitivePaths)
    {
        using var document = Parser.ParseDocument(html);
        var baseUrl = document.QuerySelector("base[href]")?.GetAttribute("href") is { } b && WebAddress.TryResolve(pageUrl, b, out var resolvedBase) ? resolvedBase : pageUrl;
        var links = new Dictionary<Uri, DiscoveredLink>();
        void Add(string? href, string text, bool pagination)
        {
            if (href is null || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            if (UrlCanonicalizer.Resolve(baseUrl, href, caseInsensitivePaths) is { } url && url != pageUrl)
            {
                if (!links.TryGetValue(url, out var known) || (pagination && !known.IsPagination))
                {
                    links[url] = new DiscoveredLink(url, text, pagination || (known?.IsPagination ?? false));
                }
            }
        }

        foreach (var a in document.QuerySelectorAll("a[href], area[href]"))
        {
            var text = Collapse(a.TextContent);
            Add(a.GetAttribute("href"), text, IsPagination(a, text, baseUrl, pageUrl));
        }

        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.ToLowerInvariant();
            if (rel is "next" or "prev" or "previous")
            {
                Add(link.GetAttribute("href"), rel, true);
            }
        }

        foreach (var embedded in document.QuerySelectorAll("iframe[src], embed[src], object[data]"))
        {
            var src = embedded.GetAttribute("src") ?? embedded.GetAttribute("data");
            Add(EmbeddedFile(src), "", false);
        }

        return links.Values.ToList();
    }

    /// <summary>A viewer's file parameter ("/viewer?file=/files/a.pdf") or the source itself.</summary>
    private static string? EmbeddedFile(string? src)
    {
        if (src is null)
        {
            return null;
        }

        var match = FileParameter().Match(src);
        return match.Success ? Uri.UnescapeDataString(match.Groups[1].Value) : src;
    }

    private static bool IsPagination(IElement a, string text, Uri baseUrl, Uri pageUrl)
    {
        var rel = a.GetAttribute("rel")?.ToLowerInvariant();
        if (rel is "next" or "prev" or "previous")
        {
            return true;
        }

        for (var e = a.ParentElement; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            var marker = (e.ClassName ?? "") + " " + (e.Id ?? "");
            if (PagerMarker().IsMatch(marker))
            {
                return true;
            }
        }

        return PagerText().IsMatch(text)
            && WebAddress.TryResolve(baseUrl, a.GetAttribute("href"), out var target)
            && PageParameter().IsMatch(target.PathAndQuery)
            && target.AbsolutePath.Equals(pageUrl.AbsolutePath, StringComparison.OrdinalIgnoreCase) | PagePath().IsMatch(target.AbsolutePath);
    }

    private static string? Charset(string? contentType)
    {
        var match = contentType is null ? Match.Empty : CharsetParameter().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"pag(?:in|e|er|ing)|phan-?trang|phantrang", RegexOptions.IgnoreCase)]
    private static partial Regex PagerMarker();

    [GeneratedRegex(@"^(?:\d{1,4}|trang\s*(?:sau|trước|tiếp|\d+)|tiếp(?:\s*theo)?|sau|trước|đầu|cuối|next|prev(?:ious)?|last|first|[»«›‹>]{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex PagerText();

    [GeneratedRegex(@"(?:[?&](?:page|trang|p|pageindex|page_no|pagenum|paged|start|offset|cp)=\d+)|/(?:page|trang)[/-]\d+", RegexOptions.IgnoreCase)]
    private static partial Regex PageParameter();

    [GeneratedRegex(@"/(?:page|trang)[/-]\d+", RegexOptions.IgnoreCase)]
    private static partial Regex PagePath();

    [GeneratedRegex(@"[?&](?:file|url|src|path)=([^&]+)", RegexOptions.IgnoreCase)]
    private static partial Regex FileParameter();

    [GeneratedRegex(@"charset\s*=\s*""?([\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
