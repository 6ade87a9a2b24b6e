using System.Diagnostics.CodeAnalysis;

namespace LawMonitor.Crawler.Links;

/// <summary>
/// <see cref="Uri.TryCreate(Uri?, string?, out Uri?)"/> for addresses read from the web (links, sitemaps, robots.txt):
/// <see cref="Uri"/> throws on some malformed input instead of refusing it (<c>"\\\\\u202E"</c> resolved against a page
/// raises <see cref="IndexOutOfRangeException"/> in .NET 10), and a page's bad link must never stop a crawl.
/// </summary>
public static class WebAddress
{
    /// <summary><paramref name="reference"/> resolved against <paramref name="baseUrl"/>; false when it is no address.</summary>
    public static bool TryResolve(Uri baseUrl, string? reference, [NotNullWhen(true)] out Uri? resolved)
    {
        try
        {
            return Uri.TryCreate(baseUrl, reference, out resolved);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or UriFormatException or InvalidOperationException)
        {
            resolved = null;
            return false;
        }
    }

    /// <summary><paramref name="text"/> as an absolute address; false when it is none.</summary>
    public static bool TryParseAbsolute(string? text, [NotNullWhen(true)] out Uri? address)
    {
        try
        {
            return Uri.TryCreate(text, UriKind.Absolute, out address);
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentException or UriFormatException or InvalidOperationException)
        {
            address = null;
            return false;
        }
    }
}
