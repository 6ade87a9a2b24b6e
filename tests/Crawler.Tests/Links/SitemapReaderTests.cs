using System.IO.Compression;
using System.Text;
using LawMonitor.Crawler.Links;

namespace LawMonitor.Crawler.Tests.Links;

public sealed class SitemapReaderTests
{
    private static readonly Uri At = new("https://x.gov.vn/sitemap.xml");

    [Fact]
    public void UrlSet_GivesPagesWithLastModified()
    {
        var xml = """<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://x.gov.vn/a.html?utm_source=x </loc><lastmod>2024-05-06</lastmod></url><url><loc>https://x.gov.vn/b.html</loc></url></urlset>""";

        var entries = SitemapReader.Read(Encoding.UTF8.GetBytes(xml), At, false);

        Assert.Equal(["https://x.gov.vn/a.html", "https://x.gov.vn/b.html"], entries.Select(e => e.Url.ToString()));
        Assert.All(entries, e => Assert.False(e.IsSitemap));
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero), entries[0].LastModified);
    }

    [Fact]
    public void GzippedIndex_GivesSitemaps()
    {
        var xml = Encoding.UTF8.GetBytes("""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.gov.vn/s1.xml</loc></sitemap><sitemap><loc>https://x.gov.vn/s2.xml.gz</loc></sitemap></sitemapindex>""");
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(xml);
        }

        var entries = SitemapReader.Read(buffer.ToArray(), At, false);

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.True(e.IsSitemap));
    }

    [Fact]
    public void ExternalEntities_AreNeverRead_AndABrokenFileKeepsWhatCameBefore()
    {
        var xxe = """<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><urlset><url><loc>&e;</loc></url></urlset>""";
        var broken = """<urlset><url><loc>https://x.gov.vn/a.html</loc></url><url><loc>https://x.gov.vn/b""";

        Assert.Empty(SitemapReader.Read(Encoding.UTF8.GetBytes(xxe), At, false));
        Assert.Equal(["https://x.gov.vn/a.html"], SitemapReader.Read(Encoding.UTF8.GetBytes(broken), At, false).Select(e => e.Url.ToString()));
    }

    [Fact]
    public void PlainTextSitemap_GivesOneUrlPerLine()
    {
        var entries = SitemapReader.Read(Encoding.UTF8.GetBytes("https://x.gov.vn/a.html\n\nhttps://x.gov.vn/b.pdf\n"), At, false);

        Assert.Equal(2, entries.Count);
    }
}
