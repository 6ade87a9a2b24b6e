using System.Net;

namespace LawMonitor.Crawler.Links;

/// <summary>
/// How a URL's host is written wherever the crawler compares or rebuilds one: lower case, IDN as punycode, no
/// trailing dot, and an IPv6 literal in brackets without its zone (<c>[::1]</c>), the only form a URL can carry.
/// </summary>
public static class HostName
{
    /// <summary>The host of <paramref name="url"/> in its one written form.</summary>
    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.HostNameType == UriHostNameType.IPv6 && IPAddress.TryParse(url.DnsSafeHost, out var address))
        {
            address.ScopeId = 0;
            return "[" + address + "]";
        }

        return url.IdnHost.ToLowerInvariant().TrimEnd('.');
    }

    /// <summary>The host with its port when it is not the scheme's default ("host" or "host:8080", "[::1]:8766").</summary>
    public static string WithPort(Uri url) => url.IsDefaultPort ? Of(url) : $"{Of(url)}:{url.Port}";
}
