using LawMonitor.Crawler.Tests.Support;

namespace LawMonitor.Crawler.Tests.Engine;

public sealed class IncrementalCrawlTests : IAsyncLifetime
{
    private TestSite site = null!;
    private readonly CrawlHarness harness = new();

    public async Task InitializeAsync()
    {
        site = await TestSite.StartAsync();
        await TestSiteContent.FillAsync(site, crawlDelay: 0.02);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        harness.Dispose();
    }

    [Fact]
    public async Task SecondCrawl_OfAnUnchangedSite_DownloadsNoBodies_AndAChangedPageBecomesANewVersion()
    {
        var source = CrawlHarness.SourceFor(site);
        var first = await harness.CrawlAsync(source);
        site.ClearLog();

        var second = await harness.CrawlAsync(source);

        // The oversized file is asked for again (it failed the first time), and refused on its Content-Length
        // again without being read; whether the server logs 200 or an abort depends on its socket buffers.
        var log = site.Requests.Where(r => r.Path != "/files/huge.pdf").ToList();
        Assert.DoesNotContain(log, r => r.Status == 200);
        Assert.All(log.Where(r => r.Status == 304), r => Assert.True(r.Conditional));
        Assert.True(second.Counts.NotModified >= TestSiteContent.Documents.Length, $"{second.Counts.NotModified} answers 304");
        Assert.Equal(0, second.Counts.DocumentsNew + second.Counts.DocumentsChanged);
        Assert.Equal(first.Counts.Errors, second.Counts.Errors);
        Assert.DoesNotContain(log, r => r.Path == "/robots.txt"); // kept for a day

        TestSiteContent.PutPlan(site, "Các cơ quan gửi báo cáo về Sở Tư pháp trước ngày 15 tháng 12 năm 2024.");
        site.ClearLog();
        var third = await harness.CrawlAsync(source);

        Assert.Equal(["/van-ban/ke-hoach-04.html"], site.Requests.Where(r => r.Status == 200 && r.Path != "/files/huge.pdf").Select(r => r.Path));
        Assert.Equal(1, third.Counts.Errors["too-large"]);
        Assert.Equal(1, third.Counts.DocumentsChanged);
        var plan = harness.Documents()[new Uri(site.BaseUrl, "/van-ban/ke-hoach-04.html").ToString()];
        Assert.Equal([1, 2], plan.Select(v => v.Version));
        Assert.Contains("15 tháng 12 năm 2024", harness.Index.Documents.Version(plan[1].DocumentId, 2)!.Text, StringComparison.Ordinal);
    }
}
