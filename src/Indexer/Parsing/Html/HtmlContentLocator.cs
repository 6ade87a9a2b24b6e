using AngleSharp.Dom;

namespace LawMonitor.Indexer.Parsing.Html;

/// <summary>
/// Finds the main content of a portal page: a known content container when the page has one, otherwise the
/// element holding the most running text that is not links (a readability-style score). Chrome — menus,
/// breadcrumbs, share buttons, visitor counters, related-news lists, footers — is removed first.
/// </summary>
internal static class HtmlContentLocator
{
    /// <summary>Containers that hold the document on portals seen so far (vbpl.vn, thuvienphapluat.vn, CMS portals).</summary>
    private static readonly string[] KnownContainers =
    [
        "#toanvancontent", ".toanvancontent", "#divContentDoc", ".content1", ".fulltext", ".vbProperties", ".vbLuocdo", ".listLaw",
        "[itemprop=articleBody]", "article .content", ".news-content", ".entry-content", ".post-content",
        ".article-content", ".detail-content", ".noidung", ".noi-dung", "#noidung", ".content-detail", "article", "main",
    ];

    // Not "form": ASP.NET portals wrap the whole page in one.
    private static readonly string[] RemovedTags =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "button", "input", "select",
        "textarea", "nav", "header", "footer", "aside", "object", "embed", "video", "audio", "map",
    ];

    /// <summary>Words of an id or class that mark page chrome.</summary>
    private static readonly HashSet<string> ChromeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "footer", "sidebar", "share", "sharing",
        "social", "comment", "comments", "related", "relate", "counter", "visitor", "visitors", "banner", "ads", "advert",
        "login", "search", "popup", "modal", "cookie", "toolbar", "tags", "rating", "tienich", "lienquan", "thongke",
        "quangcao", "fontsize", "print", "sitemap", "weather", "hotline", "copyright", "logo", "slider", "marquee",
    };

    /// <summary>The main content element of <paramref name="document"/> (chrome removed), or its body.</summary>
    public static IElement? Locate(IDocument document)
    {
        foreach (var tag in RemovedTags)
        {
            foreach (var element in document.QuerySelectorAll(tag).ToList())
            {
                element.Remove();
            }
        }

        // An element named like chrome is removed unless it holds the page's content: a known container, or
        // much of the text (a page whose body is class="search-page" is still a page).
        var pageText = Math.Max(1, document.Body?.TextContent.Length ?? 1);
        foreach (var element in document.QuerySelectorAll("[id], [class]").ToList())
        {
            if (element.LocalName is "html" or "body" || element.ParentElement is null)
            {
                continue;
            }

            if (IsChrome(element) && !ContainsKnownContainer(element) && element.TextContent.Length * 5 < pageText * 2)
            {
                element.Remove();
            }
        }

        foreach (var selector in KnownContainers)
        {
            var known = document.QuerySelectorAll(selector).FirstOrDefault(e => TextLength(e) >= 200);
            if (known is not null)
            {
                return known;
            }
        }

        return BestScored(document) ?? document.Body;
    }

    private static bool IsChrome(IElement element)
    {
        var names = (element.Id ?? string.Empty) + " " + (element.GetAttribute("class") ?? string.Empty);
        foreach (var token in names.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ChromeTokens.Contains(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsKnownContainer(IElement element) =>
        KnownContainers.Take(8).Any(selector => element.Matches(selector) || element.QuerySelector(selector) is not null);

    /// <summary>The element whose paragraphs hold the most non-link text (each paragraph counts fully for its parent, half for the grandparent).</summary>
    private static IElement? BestScored(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in document.QuerySelectorAll("p, div, td, li, pre, blockquote"))
        {
            if (block.Children.Any(c => c.LocalName is "p" or "div" or "table"))
            {
                continue; // score leaf blocks only
            }

            var text = block.TextContent.Trim();
            var links = block.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
            var length = text.Length - links;
            if (length < 40)
            {
                continue;
            }

            var weight = length + (10 * text.Count(c => c is ',' or '.' or ';'));
            if (block.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + weight;
                if (parent.ParentElement is { } grandparent)
                {
                    scores[grandparent] = scores.GetValueOrDefault(grandparent) + (weight / 2.0);
                }
            }
        }

        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static int TextLength(IElement element) => element.TextContent.Length;
}
