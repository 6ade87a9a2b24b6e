using System.Diagnostics;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Tests.Support;

namespace LawMonitor.Crawler.Tests.Engine;

public sealed class CrawlEngineTests(CrawlFixture fixture) : IClassFixture<CrawlFixture>
{
    private IReadOnlyList<LoggedRequest> Log => fixture.Site.Requests;

    [Fact]
    public void Crawl_CompletesWithEveryAllowedDocumentIngested()
    {
        var documents = fixture.Harness.Documents();
        var expected = TestSiteContent.Documents.Select(p => new Uri(fixture.Site.BaseUrl, p).ToString()).Order().ToList();

        Assert.Equal(CrawlRunStatus.Completed, fixture.Run.Status);
        Assert.Equal(expected, documents.Keys.Order().ToList());
        Assert.All(documents.Values, versions => Assert.Single(versions));
        Assert.Equal(expected.Count, fixture.Run.Counts.DocumentsNew);
        Assert.Equal(0, fixture.Run.Counts.Queued);

        // The host is told of each, once its batch is committed (it moves the registers of a document read again).
        Assert.Equal(expected, fixture.Harness.Ingested.Where(r => r.Ok).Select(r => r.SourceKey).Order().ToList());
    }

    [Fact]
    public void Crawl_NeverRequestsADisallowedPath()
    {
        Assert.DoesNotContain(Log, r => r.Path.StartsWith("/private/", StringComparison.Ordinal));
        Assert.Equal(1, fixture.Run.Counts.Skipped["robots-disallowed"]);
        Assert.Equal("/robots.txt", Log[0].Target);
    }

    [Fact]
    public void Crawl_NeverViolatesTheCrawlDelay_PerTheServersOwnLog()
    {
        var starts = Log.Select(r => r.Started).Order().ToList();
        var gaps = starts.Zip(starts.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b)).ToList();

        Assert.True(gaps.Count > 20, $"{gaps.Count + 1} requests");
        Assert.True(gaps.Min() >= TimeSpan.FromSeconds(CrawlFixture.CrawlDelay), $"shortest gap between two requests: {gaps.Min().TotalMilliseconds:0} ms");

        // One at a time: each answered request ended before the next began. (A request the crawler gave up on,
        // the slow page, may still run on the server for a moment until it notices the closed connection.)
        var answered = Log.Where(r => r.Status != 499 && r.Path != "/files/huge.pdf").OrderBy(r => r.Started).ToList();
        Assert.All(answered.Zip(answered.Skip(1)), pair => Assert.True(pair.Second.Started >= pair.First.Ended, $"{pair.Second.Target} began before {pair.First.Target} ended"));
    }

    [Fact]
    public void Crawl_HonoursRetryAfter()
    {
        var busy = Log.Where(r => r.Path == "/busy.html").ToList();

        Assert.Equal([429, 200], busy.Select(r => r.Status));
        Assert.True(Stopwatch.GetElapsedTime(busy[0].Ended, busy[1].Started) >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Crawl_RecordsEachFailureWithItsCode()
    {
        var errors = fixture.Run.Counts.Errors;

        Assert.Equal(2, errors["http-404"]);
        Assert.Equal(1, errors["http-500"]);
        Assert.Equal(1, errors["redirect-loop"]);
        Assert.Equal(1, errors["timeout"]);
        Assert.Equal(1, errors["too-large"]);
        Assert.Equal(6, errors.Values.Sum());
        Assert.DoesNotContain(Log, r => r.Path == "/ngoai-pham-vi.html");
        var list = fixture.Harness.Store.Errors(fixture.Run.Id, 100, 0);
        Assert.Contains(list, e => e.Code == "too-large" && e.Url.AbsolutePath == "/files/huge.pdf" && e.Message.Contains("vượt giới hạn 1 MB", StringComparison.Ordinal));
        Assert.Contains(list, e => e.Code == "http-404" && e.Referrer == fixture.Site.BaseUrl.ToString());
    }

    [Fact]
    public void Crawl_RetriesServerErrorsWithBackoff_ButNotMissingPages()
    {
        Assert.Equal(3, Log.Count(r => r.Path == "/broken.html"));
        Assert.Single(Log, r => r.Path == "/missing.html");
        Assert.Equal(3, Log.Count(r => r.Path == "/slow.html"));
    }

    [Fact]
    public void Crawl_FetchesEachPageOnce_WhateverTheSpellingOfItsLinks()
    {
        // The slow page and the oversized file are left out: their bodies are never read, whatever the server logs.
        var fetched = Log.Where(r => r.Status == 200 && r.Path is not ("/slow.html" or "/files/huge.pdf")).GroupBy(r => r.Path + "?" + r.Target.Split('?').ElementAtOrDefault(1)).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(fetched);
        Assert.Single(Log, r => r.Target == "/van-ban?page=2");
        Assert.DoesNotContain(Log, r => r.Target.Contains("utm_", StringComparison.Ordinal) && r.Path != "/van-ban/quyet-dinh-01.html");
        Assert.DoesNotContain(Log, r => r.Path.EndsWith(".png", StringComparison.Ordinal));
    }

    [Fact]
    public void Crawl_KeysARedirectedDocumentByItsFinalAddress_AndFetchesItOnce()
    {
        Assert.Single(Log, r => r.Path == "/redirect-old.html");
        Assert.Single(Log, r => r.Path == "/van-ban/quyet-dinh-01.html" && r.Status == 200);
        Assert.DoesNotContain(fixture.Harness.Documents().Keys, k => k.Contains("redirect-old", StringComparison.Ordinal));
    }

    [Fact]
    public void Crawl_ReadsAPdfServedAsHtml_ByItsBytes()
    {
        var report = fixture.Harness.Documents()[new Uri(fixture.Site.BaseUrl, "/files/bao-cao-05.pdf").ToString()].Single();

        Assert.Equal("Pdf", report.Facts?.Format.ToString());
    }

    [Fact]
    public void Crawl_ReadsALegacyWindows1258PageWithoutACharset()
    {
        var page = fixture.Harness.Documents()[new Uri(fixture.Site.BaseUrl, "/van-ban/cong-van-07.html").ToString()].Single();
        var text = fixture.Harness.Index.Documents.Version(page.DocumentId, 1)!.Text;

        Assert.Contains("Sở Tư pháp đề nghị các phòng rà soát văn bản", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Crawl_NamesItselfAndAContact()
    {
        Assert.All(Log, r => Assert.StartsWith("LawMonitor/1.0 (", r.UserAgent, StringComparison.Ordinal));
        Assert.Contains("qa@hoaphong.example", Log[0].UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void Crawl_FollowsTheSitemapIndexNamedInRobotsTxt()
    {
        Assert.Single(Log, r => r.Path == "/sitemap.xml");
        Assert.Single(Log, r => r.Path == "/sitemap-van-ban.xml");
        Assert.Single(Log, r => r.Path == "/van-ban/thong-bao-06.html" && r.Status == 200);
    }
}
