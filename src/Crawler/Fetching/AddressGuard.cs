using System.Net;
using System.Net.Sockets;

namespace LawMonitor.Crawler.Fetching;

/// <summary>
/// Which addresses a crawl may connect to. Loopback, private (RFC 1918, fc00::/7), link-local (169.254/16 —
/// cloud metadata — and fe80::/10), carrier-grade NAT, unspecified, multicast and reserved ranges are refused
/// unless the source allows private hosts; checked on the resolved address at connect time, so DNS that
/// changes its answer cannot slip past.
/// </summary>
public static class AddressGuard
{
    /// <summary>The ranges that are not public unicast (IANA special-purpose registries, as far as a crawl cares).</summary>
    private static readonly IPNetwork[] NotPublic =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this network", unspecified
        IPNetwork.Parse("10.0.0.0/8"),       // private
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT
        IPNetwork.Parse("127.0.0.0/8"),      // loopback
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, cloud metadata
        IPNetwork.Parse("172.16.0.0/12"),    // private
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments
        IPNetwork.Parse("192.0.2.0/24"),     // documentation
        IPNetwork.Parse("192.168.0.0/16"),   // private
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking
        IPNetwork.Parse("198.51.100.0/24"),  // documentation
        IPNetwork.Parse("203.0.113.0/24"),   // documentation
        IPNetwork.Parse("224.0.0.0/3"),      // multicast, reserved, broadcast
        IPNetwork.Parse("::/127"),           // unspecified, loopback
        IPNetwork.Parse("64:ff9b::/96"),     // NAT64
        IPNetwork.Parse("2001:db8::/32"),    // documentation
        IPNetwork.Parse("fc00::/7"),         // unique local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("fec0::/10"),        // site-local (deprecated)
        IPNetwork.Parse("ff00::/8"),         // multicast
    ];

    /// <summary>Whether <paramref name="address"/> is a public unicast address.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily is AddressFamily.InterNetwork or AddressFamily.InterNetworkV6
            && !NotPublic.Any(range => range.Contains(address));
    }
}
