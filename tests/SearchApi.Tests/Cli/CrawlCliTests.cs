using System.Text.Json;
using LawMonitor.Crawler.Tests.Support;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;
using LawMonitor.SearchApi.Tests.Support;

namespace LawMonitor.SearchApi.Tests.Cli;

/// <summary>The real <c>crawl</c> verb in a child process against the Kestrel test portal, including a <c>kill -9</c> mid-crawl.</summary>
public sealed class CrawlCliTests : IAsyncLifetime
{
    private TestSite site = null!;
    private readonly TempDirectory work = new();

    public async Task InitializeAsync()
    {
        site = await TestSite.StartAsync();
        await TestSiteContent.FillAsync(site, crawlDelay: 0.05);
    }

    public async Task DisposeAsync()
    {
        await site.DisposeAsync();
        work.Dispose();
    }

    [Fact]
    public async Task Crawl_OfAnIpv6Seed_ReportsItsRun_WithoutAStackTrace()
    {
        var v6 = await TestSite.StartAsync("http://[::1]:0");
        await using var _ = v6;
        v6.Put("/", """<html><body><a href="/trang-2">tiếp</a> <a href="http://[::1]:9/khac">máy khác</a></body></html>""");
        v6.Put("/trang-2", "<html><body>Trang hai</body></html>");

        var served = await Support.Cli.RunAsync("crawl", "--seed", v6.BaseUrl.ToString(), "--allow-private", "--json", "--data", Path.Combine(work.Path, "v6"));

        Assert.True(served.ExitCode is 0 or 2, served.Stderr);
        Assert.Equal("completed", Json(served.Stdout).GetProperty("status").GetString());
        Assert.Contains(v6.Requests, r => r.Target == "/trang-2");
        foreach (var output in new[] { served.Stdout, served.Stderr })
        {
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Crawl_KilledMidway_AndRestarted_EndsWithTheSameDocumentsAsAnUninterruptedCrawl_NoneTwice()
    {
        var sourceFile = WriteSource();
        var whole = Path.Combine(work.Path, "whole");
        var uninterrupted = await Support.Cli.RunAsync("crawl", sourceFile, "--json", "--data", whole);
        Assert.Equal(2, uninterrupted.ExitCode); // the portal's broken pages are errors
        Assert.Equal("completed", Json(uninterrupted.Stdout).GetProperty("status").GetString());

        site.ClearLog();
        var killed = Path.Combine(work.Path, "killed");
        using (var process = Support.Cli.Start("crawl", sourceFile, "--json", "--data", killed))
        {
            using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await site.WhenAsync(requests => requests.Count(r => r.Status == 200) >= 10, bound.Token);

            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var beforeRestart = site.Requests.Count;
        Assert.InRange(Documents(killed).Count, 0, TestSiteContent.Documents.Length - 1);
        var restarted = await Support.Cli.RunAsync("crawl", sourceFile, "--json", "--data", killed);
        var run = Json(restarted.Stdout);

        Assert.Equal(2, restarted.ExitCode);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(1, run.GetProperty("resumes").GetInt32());
        Assert.Equal(Documents(whole).Keys.Order(), Documents(killed).Keys.Order());
        Assert.All(Documents(killed).Values, versions => Assert.Equal(1, versions));
        var repeated = site.Requests.Where(r => r.Status == 200 && r.Path is not ("/slow.html" or "/files/huge.pdf")).GroupBy(r => r.Target).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count <= 1, $"fetched twice across the kill: {string.Join(", ", repeated)}; {beforeRestart} requests before the restart"); // only the fetch in flight at the kill
    }

    [Fact]
    public async Task CrawlSeed_OfALoopbackHost_WithoutAllowPrivate_RequestsNothing()
    {
        var result = await Support.Cli.RunAsync("crawl", "--seed", site.BaseUrl.ToString(), "--json", "--data", Path.Combine(work.Path, "seed"));

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(site.Requests);
        Assert.Equal(1, Json(result.Stdout).GetProperty("errors").GetProperty("private-address").GetInt32());
    }

    [Theory]
    [InlineData("https://thuvienphapluat.vn/van-ban/")]
    [InlineData("https://luatvietnam.vn/")]
    public async Task CrawlSeed_OfAForbiddenSite_IsRefused(string seed)
    {
        var result = await Support.Cli.RunAsync("crawl", "--seed", seed, "--data", Path.Combine(work.Path, "forbidden"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("cấm thu thập", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crawl_OfAnUnknownSource_ExitsWith3()
    {
        var result = await Support.Cli.RunAsync("crawl", "khong-co", "--data", Path.Combine(work.Path, "unknown"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("khong-co", result.Stderr, StringComparison.Ordinal);
    }

    private string WriteSource()
    {
        var path = Path.Combine(work.Path, "hoa-phong.json");
        File.WriteAllText(path, $$"""
            {
              "name": "hoa-phong", "seeds": ["{{site.BaseUrl}}"], "listings": ["^/$", "^/van-ban\\?page=\\d+$"],
              "allowPrivate": true, "caseInsensitivePaths": true, "delaySeconds": 0, "timeoutSeconds": 2,
              "maxResponseMegabytes": 1, "maxRetries": 1, "retryBaseDelaySeconds": 0.05, "maxRetryAfterSeconds": 5
            }
            """);
        return path;
    }

    private static JsonElement Json(string stdout) => JsonDocument.Parse(stdout).RootElement;

    private static Dictionary<string, int> Documents(string data)
    {
        if (!File.Exists(Path.Combine(data, LegalIndex.FileName)))
        {
            return [];
        }

        var reader = LegalIndex.Open(data).Documents;
        return reader.ParsedBefore(int.MaxValue).ToDictionary(v => v.SourceKey, v => reader.Versions(v.DocumentId).Count);
    }
}
