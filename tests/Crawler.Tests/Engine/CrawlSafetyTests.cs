using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Crawler.Tests.Support;

namespace LawMonitor.Crawler.Tests.Engine;

public sealed class CrawlSafetyTests : IAsyncLifetime
{
    private TestSite site = null!;
    private readonly CrawlHarness harness = new();

    public async Task InitializeAsync()
    {
        site = await TestSite.StartAsync();
        await TestSiteContent.FillAsync(site, crawlDelay: 0);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        harness.Dispose();
    }

    [Fact]
    public async Task LoopbackHost_IsRefusedAtConnect_UnlessTheSourceAllowsPrivateAddresses()
    {
        var source = CrawlHarness.SourceFor(site) with { AllowPrivate = false };

        var run = await harness.CrawlAsync(source);

        Assert.Empty(site.Requests);
        Assert.Equal(CrawlRunStatus.Completed, run.Status);
        var error = Assert.Single(harness.Store.Errors(run.Id, 10, 0));
        Assert.Equal("private-address", error.Code);
        Assert.Contains("allowPrivate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolitenessOff_ForAPublicHost_IsRefused()
    {
        var source = new CrawlSource("cong-khai", [new Uri("http://93.184.216.34/")]) { Polite = false, AllowPrivate = true, MaxConcurrentPerHost = 4 };

        var outcome = await harness.Engine.RunAsync(source, "test");

        Assert.False(outcome.Succeeded);
        Assert.Equal("public-host", outcome.Error?.Code);
    }

    [Fact]
    public async Task SecondCrawlOfTheSameSource_WhileOneRuns_IsRefusedAsBusy()
    {
        var slow = CrawlHarness.SourceFor(site) with { Delay = TimeSpan.FromMilliseconds(300) };
        var hasRun = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = harness.Engine.RunAsync(slow, "test", started: _ => hasRun.TrySetResult());
        await hasRun.Task.WaitAsync(TimeSpan.FromMinutes(1)); // the first run holds the source

        var second = await harness.Engine.RunAsync(slow, "test");

        Assert.Equal("busy", second.Error?.Code);
        Assert.True((await running).Succeeded);
    }

    [Fact]
    public async Task CancelledCrawl_IsResumedByTheNextStart_WithNothingFetchedTwice()
    {
        var source = CrawlHarness.SourceFor(site) with { Delay = TimeSpan.FromMilliseconds(100) };
        using (var cancel = new CancellationTokenSource())
        {
            // Stopped once three URLs are done: what is left is resumed, not fetched again.
            var stopAfterThree = new SynchronousProgress(p =>
            {
                if (p.Processed >= 3)
                {
                    cancel.Cancel();
                }
            });
            var interrupted = await harness.Engine.RunAsync(source, "test", stopAfterThree, cancellationToken: cancel.Token);
            Assert.Equal(CrawlRunStatus.Running, interrupted.Value!.Status);
        }

        var resumed = await harness.CrawlAsync(source);

        Assert.Equal(1, resumed.Resumes);
        Assert.Equal(CrawlRunStatus.Completed, resumed.Status);
        Assert.Equal(TestSiteContent.Documents.Length, harness.Documents().Count);
        Assert.All(harness.Documents().Values, versions => Assert.Single(versions));
        var twice = site.Requests.Where(r => r.Status == 200 && r.Path is not ("/slow.html" or "/files/huge.pdf")).GroupBy(r => r.Target).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count <= 1, "fetched twice: " + string.Join(", ", twice)); // at most the one in flight when cancelled
    }
}
