using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Tests.Support;

namespace LawMonitor.Crawler.Tests.Engine;

/// <summary>One complete polite crawl of the test site (crawl-delay 0.2 s), shared by the assertions about it.</summary>
public sealed class CrawlFixture : IAsyncLifetime
{
    public const double CrawlDelay = 0.2;

    public TestSite Site { get; private set; } = null!;

    public CrawlHarness Harness { get; } = new();

    public CrawlRun Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await TestSite.StartAsync();
        await TestSiteContent.FillAsync(Site, CrawlDelay);
        Run = await Harness.CrawlAsync(CrawlHarness.SourceFor(Site));
    }

    public async Task DisposeAsync()
    {
        await Site.DisposeAsync();
        Harness.Dispose();
    }
}
