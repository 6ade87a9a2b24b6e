using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Crawler.Tests.Support;

namespace LawMonitor.Crawler.Tests.Engine;

/// <summary>
/// IPv6 hosts end to end, on a site served over [::1]: before, a seed or a link with an IPv6 literal threw
/// UriFormatException when its URL was rebuilt, left the run "running" and failed every later run.
/// </summary>
public sealed class Ipv6CrawlTests : IAsyncLifetime
{
    private TestSite v6 = null!;
    private TestSite v4 = null!;
    private readonly CrawlHarness harness = new();

    public async Task InitializeAsync()
    {
        v6 = await TestSite.StartAsync("http://[::1]:0");
        await TestSiteContent.FillAsync(v6, crawlDelay: 0);
        v4 = await TestSite.StartAsync();
        v4.Put("/", """<html><body><a href="http://[::1]:8766/v6">IPv6</a> <a href="http://[0:0:0:0:0:0:0:1]:8766/khac">IPv6 dài</a> <a href="/trang-2">tiếp</a></body></html>""");
        v4.Put("/trang-2", "<html><body>Trang hai</body></html>");
    }

    public async Task DisposeAsync()
    {
        await v6.DisposeAsync();
        await v4.DisposeAsync();
        harness.Dispose();
    }

    [Fact]
    public async Task ASiteAtAnIpv6Literal_IsCrawled_AndItsDocumentsIngested()
    {
        Assert.StartsWith("http://[::1]:", v6.BaseUrl.ToString(), StringComparison.Ordinal);
        var source = CrawlHarness.SourceFor(v6);

        var run = await harness.CrawlAsync(source);

        Assert.Equal(CrawlRunStatus.Completed, run.Status);
        Assert.True(run.Counts.Requests > 3, $"{run.Counts.Requests} requests");
        Assert.NotEmpty(harness.Documents());
        Assert.All(harness.Documents().Keys, k => Assert.StartsWith("http://[::1]:", k, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALinkToAnIpv6Host_NeitherFailsTheRun_NorTheNext()
    {
        var source = new CrawlSource("lien-ket-v6", [v4.BaseUrl]) { AllowPrivate = true, Delay = TimeSpan.Zero, Listings = [new UrlPattern(".*")] };

        for (var round = 0; round < 2; round++)
        {
            var run = await harness.CrawlAsync(source);

            Assert.Equal(CrawlRunStatus.Completed, run.Status);
            Assert.Null(run.Message);
        }

        Assert.Contains(v4.Requests, r => r.Target == "/trang-2");
    }

    [Fact]
    public async Task AnIpv6HostInScope_ThatRefusesConnections_GivesErrorsOfACompletedRun()
    {
        var source = new CrawlSource("v6-dong", [v4.BaseUrl])
        {
            AllowPrivate = true,
            Delay = TimeSpan.Zero,
            Listings = [new UrlPattern(".*")],
            AllowedHosts = [CrawlSource.HostOf(v4.BaseUrl), "[::1]:8766"],
            Timeout = TimeSpan.FromSeconds(2),
            MaxRetries = 0,
        };

        var run = await harness.CrawlAsync(source);

        Assert.Equal(CrawlRunStatus.Completed, run.Status);
        var errors = harness.Store.Errors(run.Id, 10, 0);
        // Its robots.txt cannot be read, so its pages are skipped, politely; the long spelling is the same host.
        Assert.Contains(errors, e => e.Url.ToString() == "http://[::1]:8766/v6" && e.Code == "robots-unreachable");
        Assert.Contains(errors, e => e.Url.ToString() == "http://[::1]:8766/khac" && e.Code == "robots-unreachable");
    }

    [Fact]
    public void AnIpv6Seed_IsAccepted_AndNamesItsHostInBrackets()
    {
        var read = CrawlSourceReader.Read("""{ "name": "v6", "seeds": ["http://[::1]:8766/x"], "allowedHosts": ["[::1]:8766"], "allowPrivate": true }""", ["generic"]);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        Assert.Equal(["[::1]:8766"], read.Source.Hosts);
        Assert.Equal("seed-1", CrawlSource.ForSeed(new Uri("http://[::1]:8766/x"), allowPrivate: true).Name);
    }
}
