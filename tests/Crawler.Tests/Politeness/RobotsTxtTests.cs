using LawMonitor.Crawler.Politeness;

namespace LawMonitor.Crawler.Tests.Politeness;

public sealed class RobotsTxtTests
{
    private static readonly Uri Robots = new("https://stp.hoaphong.gov.vn/robots.txt");

    private static bool Allowed(string robots, string path) =>
        RobotsTxt.Parse(robots, "LawMonitor", Robots).IsAllowed(new Uri(Robots, path));

    [Fact]
    public void LongestMatchWins_AndAllowWinsATie()
    {
        const string robots = "User-agent: *\nDisallow: /van-ban/\nAllow: /van-ban/cong-khai/\nDisallow: /a\nAllow: /a\n";

        Assert.False(Allowed(robots, "/van-ban/noi-bo.html"));
        Assert.True(Allowed(robots, "/van-ban/cong-khai/1.html"));
        Assert.True(Allowed(robots, "/a"));
        Assert.True(Allowed(robots, "/tin-tuc/1.html"));
    }

    [Fact]
    public void Wildcards_AndEndAnchor()
    {
        const string robots = "User-agent: *\nDisallow: /*.aspx$\nDisallow: /*?print=\n";

        Assert.False(Allowed(robots, "/Pages/van-ban.aspx"));
        Assert.True(Allowed(robots, "/Pages/van-ban.aspx?id=1"));
        Assert.False(Allowed(robots, "/tin-tuc/1.html?print=1"));
    }

    [Fact]
    public void TheGroupNamingLawMonitor_ReplacesTheStarGroup_CaseInsensitively()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: lawmonitor\nUser-agent: OtherBot\nDisallow: /private/\nCrawl-delay: 5\n";
        var parsed = RobotsTxt.Parse(robots, "LawMonitor", Robots);

        Assert.True(parsed.IsAllowed(new Uri(Robots, "/van-ban/1.html")));
        Assert.False(parsed.IsAllowed(new Uri(Robots, "/private/x")));
        Assert.Equal(TimeSpan.FromSeconds(5), parsed.CrawlDelay);
    }

    [Fact]
    public void SitemapsAreReadFromAnywhere_AndCommentsIgnored()
    {
        const string robots = "# comment\nSitemap: /sitemap.xml\nUser-agent: * # all\nDisallow: /tmp/ # temp\nSitemap: https://stp.hoaphong.gov.vn/sitemap-2.xml\n";
        var parsed = RobotsTxt.Parse(robots, "LawMonitor", Robots);

        Assert.Equal(["https://stp.hoaphong.gov.vn/sitemap.xml", "https://stp.hoaphong.gov.vn/sitemap-2.xml"], parsed.Sitemaps.Select(s => s.ToString()));
        Assert.False(parsed.IsAllowed(new Uri(Robots, "/tmp/a")));
    }

    [Fact]
    public void NonAsciiPaths_MatchTheirPercentEncoding()
    {
        Assert.False(Allowed("User-agent: *\nDisallow: /văn-bản/\n", "/văn-bản/1.html"));
    }

    [Fact]
    public void EmptyDisallow_AllowsEverything_AndUnreachableAllowsNothingButRobots()
    {
        Assert.True(Allowed("User-agent: *\nDisallow:\n", "/a"));
        Assert.False(RobotsTxt.Unreachable.IsAllowed(new Uri(Robots, "/a")));
        Assert.True(RobotsTxt.Unreachable.IsAllowed(Robots));
    }
}
