namespace LawMonitor.Crawler.Sources;

/// <summary>Sites whose terms forbid automated collection: refused as sources and never requested.</summary>
public static class ForbiddenSites
{
    private static readonly string[] Domains = ["thuvienphapluat.vn", "luatvietnam.vn"];

    /// <summary>The forbidden domain <paramref name="host"/> belongs to, if any (subdomains included).</summary>
    public static string? Match(string host)
    {
        var h = host.TrimEnd('.').ToLowerInvariant();
        return Domains.FirstOrDefault(d => h == d || h.EndsWith("." + d, StringComparison.Ordinal));
    }
}
