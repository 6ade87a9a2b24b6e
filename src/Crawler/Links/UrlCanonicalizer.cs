using System.Text;

namespace LawMonitor.Crawler.Links;

/// <summary>
/// One spelling per page, so one page behind several links is fetched once: scheme and host in lower case
/// (IDN as punycode), default ports and fragments dropped, dot segments resolved, percent-escapes of
/// unreserved characters decoded and the rest in upper case, session ids and tracking parameters (utm_*,
/// fbclid, gclid …) removed, the remaining query parameters sorted, and — for IIS portals — the path in lower
/// case.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> Tracking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "zarsrc", "zalo_source",
        "jsessionid", "phpsessid", "aspsessionid", "sid", "sessionid", "cfid", "cftoken",
    };

    /// <summary>The canonical form of <paramref name="url"/>, or null when it is not an http(s) URL; never throws.</summary>
    public static Uri? Canonicalize(Uri url, bool caseInsensitivePath = false)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || string.IsNullOrEmpty(url.Host))
        {
            return null;
        }

        string host;
        try
        {
            host = HostName.WithPort(url);
        }
        catch (Exception e) when (e is UriFormatException or ArgumentException)
        {
            return null; // an IDN the punycode encoder refuses
        }

        var builder = new StringBuilder(url.Scheme).Append("://").Append(host);

        var path = NormalizeEscapes(RemovePathParameters(url.AbsolutePath));
        builder.Append(caseInsensitivePath ? path.ToLowerInvariant() : path);
        var query = CanonicalQuery(url.Query);
        if (query.Length > 0)
        {
            builder.Append('?').Append(query);
        }

        return WebAddress.TryParseAbsolute(builder.ToString(), out var canonical) ? canonical : null;
    }

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUrl"/> and canonicalises it; null for mailto:, javascript: and the like.</summary>
    public static Uri? Resolve(Uri baseUrl, string href, bool caseInsensitivePath = false)
    {
        var trimmed = href.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return null;
        }

        return WebAddress.TryResolve(baseUrl, trimmed, out var resolved) ? Canonicalize(resolved, caseInsensitivePath) : null;
    }

    /// <summary>";jsessionid=…" and other path parameters go.</summary>
    private static string RemovePathParameters(string path)
    {
        var semicolon = path.IndexOf(';');
        return semicolon < 0 ? path : path[..semicolon];
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(NormalizeEscapes)
            .Where(p => !IsTracking(p.Split('=', 2)[0]))
            .Order(StringComparer.Ordinal);
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || Tracking.Contains(name);

    /// <summary>Decodes escapes of unreserved characters (%7E → ~, %41 → A) and upper-cases the others (%2f → %2F).</summary>
    private static string NormalizeEscapes(string text)
    {
        if (!text.Contains('%'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                var c = (char)Convert.ToInt32(text.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(text[i + 1])).Append(char.ToUpperInvariant(text[i + 2]));
                }

                i += 2;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
