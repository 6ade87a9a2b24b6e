using System.Text;
using CsCheck;
using LawMonitor.Crawler.Links;
using LawMonitor.Crawler.Politeness;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Crawler.Tests.Properties;

/// <summary>
/// Properties of the parsers that read what outside servers send: URL canonicalisation (IPv6, IDN,
/// percent-encoding, ports), robots.txt and sitemaps. Each runs a bounded number of generated cases; CsCheck
/// prints the seed of a failing case, and <c>CsCheck_Seed=…</c> in the environment replays it.
/// </summary>
public sealed class CrawlerInputPropertyTests
{
    private const int Cases = 2_000;

    private static readonly Gen<string> Label = Gen.OneOf<string>(
        Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789"], 1, 12],
        Gen.OneOf<string>("stp", "hanoi", "gov", "vn", "xn--s-tp-pha-z4a", "Sở-Tư-Pháp", "BẮC-NINH", "ĐÀ-NẴNG", "thuvienphapluat"));

    private static readonly Gen<string> Host = Gen.OneOf<string>(
        Label.Array[1, 4].Select(labels => string.Join('.', labels)),
        Gen.Byte.Array[4].Select(b => string.Join('.', b)),
        Gen.OneOf<string>("[::1]", "[0:0:0:0:0:0:0:1]", "[FE80::1%25eth0]", "[2001:DB8::A]", "[::ffff:192.168.0.1]", "[fd00::1]", "localhost", "STP.HANOI.GOV.VN."));

    private static readonly Gen<string> Segment = Gen.OneOf<string>(
        Gen.String[Gen.Char["abcxyzABC0189-_.~"], 0, 10],
        Gen.OneOf<string>("..", ".", "%7Euser", "%2f", "%2F", "%41", "%zz", "%", "văn-bản", "a b", ";jsessionid=ABC", "Quyet-Dinh.aspx", "%E1%BB%87"));

    private static readonly Gen<string> Query = Gen.OneOf<string>(
        Gen.Const(""),
        Gen.Select(Gen.OneOf<string>("id", "page", "utm_source", "fbclid", "sid", "q", "cat", "ID", "a%20b"), Gen.String[Gen.Char["0123456789abc%=&"], 0, 6], (k, v) => k + "=" + v)
            .Array[1, 4].Select(p => "?" + string.Join('&', p)));

    private static readonly Gen<string> Url = Gen.Select(
        Gen.OneOf<string>("http", "https", "HTTP", "HtTpS"),
        Host,
        Gen.OneOf<string>(Gen.Const(""), Gen.OneOf<string>(":80", ":443", ":8080", ":8766", ":1", ":65535")),
        Segment.Array[0, 5],
        Query,
        Gen.OneOf<string>(Gen.Const(""), Gen.OneOf<string>("#dieu-2", "#", "#%20")))
        .Select(p => $"{p.Item1}://{p.Item2}{p.Item3}/{string.Join('/', p.Item4)}{p.Item5}{p.Item6}");

    [Fact]
    public void Canonicalize_NeverThrows_AndIsIdempotent()
    {
        Url.SampleSeeded(text =>
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url))
            {
                return;
            }

            var once = UrlCanonicalizer.Canonicalize(url);
            if (once is null)
            {
                return;
            }

            var twice = UrlCanonicalizer.Canonicalize(once);
            Assert.NotNull(twice);
            Assert.Equal(once.ToString(), twice!.ToString());
            Assert.Equal(once.AbsoluteUri, new Uri(once.AbsoluteUri).AbsoluteUri); // it round-trips through its own text
            Assert.Equal(HostName.WithPort(once), HostName.WithPort(url));
            Assert.Empty(once.Fragment);
            Assert.DoesNotContain("utm_", once.Query, StringComparison.OrdinalIgnoreCase);
        }, Cases);
    }

    [Fact]
    public void Canonicalize_KeepsPortsThatAreNotTheDefault_AndDropsThoseThatAre()
    {
        Gen.Select(Gen.OneOf<string>("http", "https"), Host, Gen.Int[1, 65535]).SampleSeeded((scheme, host, port) =>
        {
            if (!Uri.TryCreate($"{scheme}://{host}:{port}/a", UriKind.Absolute, out var url) || UrlCanonicalizer.Canonicalize(url) is not { } canonical)
            {
                return;
            }

            var isDefault = (scheme, port) is ("http", 80) or ("https", 443);
            Assert.Equal(isDefault, canonical.IsDefaultPort);
            Assert.Equal(port, canonical.Port);
        }, Cases);
    }

    [Fact]
    public void Resolve_NeverThrows_OnAnyHref()
    {
        var page = new Uri("http://[::1]:8766/van-ban/danh-sach.html?page=2");
        Gen.OneOf<string>(Gen.String, Gen.String[Gen.Char["[]:/\\%#?@.&=;abc 0123456789\u0000\u202E\u0301"], 0, 40], Url).SampleSeeded(href =>
        {
            var resolved = UrlCanonicalizer.Resolve(page, href);
            if (resolved is not null)
            {
                Assert.True(resolved.Scheme is "http" or "https");
                Assert.Equal(resolved.ToString(), UrlCanonicalizer.Canonicalize(resolved)!.ToString());
            }
        }, Cases);
    }

    [Fact]
    public void RobotsTxt_NeverThrows_OnAnyText()
    {
        var robots = new Uri("http://stp.example.vn/robots.txt");
        var line = Gen.OneOf<string>(
            Gen.String,
            Gen.Select(Gen.OneOf<string>("User-agent", "Disallow", "Allow", "Crawl-delay", "Sitemap", "user-AGENT", "Disallow "), Gen.String[Gen.Char["/*$?abc 0123456789.:-\u0000é"], 0, 20], (k, v) => k + ":" + v));
        Gen.Select(line.Array[0, 30], Url).SampleSeeded((lines, probe) =>
        {
            var parsed = RobotsTxt.Parse(string.Join('\n', lines), "LawMonitor", robots);
            if (Uri.TryCreate(probe, UriKind.Absolute, out var url))
            {
                _ = parsed.IsAllowed(url);
            }

            Assert.True(parsed.IsAllowed(new Uri("http://stp.example.vn/robots.txt")));
        }, Cases);
    }

    [Fact]
    public void RobotsTxt_DisallowsExactlyThePrefixesItLists()
    {
        var prefix = Gen.String[Gen.Char["abcdefghij"], 1, 6].Select(s => "/" + s);
        Gen.Select(prefix.Array[1, 6], prefix, Gen.String[Gen.Char["abc/"], 0, 6]).SampleSeeded((disallowed, probe, tail) =>
        {
            var text = "User-agent: *\n" + string.Concat(disallowed.Select(d => $"Disallow: {d}\n"));
            var parsed = RobotsTxt.Parse(text, "LawMonitor", new Uri("http://stp.example.vn/robots.txt"));
            var path = probe + tail;
            var expected = !disallowed.Any(d => path.StartsWith(d, StringComparison.Ordinal));
            Assert.Equal(expected, parsed.IsAllowed(new Uri("http://stp.example.vn" + path)));
        }, Cases);
    }

    [Fact]
    public void Sitemap_NeverThrows_OnAnyBytes()
    {
        var sitemap = new Uri("http://stp.example.vn/sitemap.xml");
        Gen.OneOf<byte[]>(
            Gen.Byte.Array[0, 200],
            Gen.String.Select(s => Encoding.UTF8.GetBytes("<urlset>" + s)),
            Gen.Const(new byte[] { 0x1F, 0x8B, 0x08, 0x00 }),
            Gen.Const(Encoding.UTF8.GetBytes("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><urlset><url><loc>&e;</loc></url></urlset>"))).SampleSeeded(bytes =>
        {
            foreach (var entry in SitemapReader.Read(bytes, sitemap, caseInsensitivePaths: false))
            {
                Assert.True(entry.Url.Scheme is "http" or "https");
                Assert.DoesNotContain("passwd", entry.Url.ToString(), StringComparison.Ordinal);
            }
        }, Cases);
    }

    [Fact]
    public void Sitemap_RoundTrips_TheCanonicalUrlsWrittenIntoIt()
    {
        var sitemap = new Uri("http://stp.example.vn/sitemap.xml");
        Url.Array[0, 20].SampleSeeded(texts =>
        {
            var urls = texts.Select(t => Uri.TryCreate(t, UriKind.Absolute, out var u) ? UrlCanonicalizer.Canonicalize(u!) : null).OfType<Uri>().ToList();
            var xml = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + string.Concat(urls.Select(u => $"<url><loc>{System.Security.SecurityElement.Escape(u.AbsoluteUri)}</loc></url>")) + "</urlset>";

            var read = SitemapReader.Read(Encoding.UTF8.GetBytes(xml), sitemap, caseInsensitivePaths: false);

            var expected = urls.Select(u => u.AbsoluteUri).ToList(); // as a sitemap writes them: escaped
            var actual = read.Select(e => e.Url.AbsoluteUri).ToList();
            var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
            Assert.True(first < 0 && expected.Count == actual.Count, first < 0 ? $"{expected.Count} written, {actual.Count} read" : $"written {expected[first]}, read {actual[first]}");
        }, Cases / 4);
    }
}
