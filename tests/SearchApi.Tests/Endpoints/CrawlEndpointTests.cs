using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using LawMonitor.Crawler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using LawMonitor.SearchApi.Security;
using LawMonitor.SearchApi.Tests.Support;
using LawMonitor.SearchApi.Background;

namespace LawMonitor.SearchApi.Tests.Endpoints;

/// <summary>Sources and crawl runs over real HTTP: an admin defines a source, starts it, and anyone signed in follows the run.</summary>
public sealed class CrawlEndpointTests(RunningService service) : IClassFixture<RunningService>, IAsyncLifetime
{
    private TestSite site = null!;

    public async Task InitializeAsync()
    {
        site = await TestSite.StartAsync();
        await TestSiteContent.FillAsync(site, crawlDelay: 0.02);
    }

    public async Task DisposeAsync() => await site.DisposeAsync();

    private string Definition(string name) => $$"""
        {
          "name": "{{name}}", "seeds": ["{{site.BaseUrl}}"], "listings": ["^/$", "^/van-ban\\?page=\\d+$"],
          "allowPrivate": true, "caseInsensitivePaths": true, "delaySeconds": 0, "timeoutSeconds": 2,
          "maxResponseMegabytes": 1, "maxRetries": 1, "retryBaseDelaySeconds": 0.05, "maxRetryAfterSeconds": 5
        }
        """;

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, Role? role, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (role is { } r)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", service.CreateToken(r));
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        return await service.Client.SendAsync(request);
    }

    /// <summary>Waits for the service's crawl of <paramref name="source"/> to end (at most 2 minutes).</summary>
    private async Task Finished(string source)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await service.Services.GetRequiredService<CrawlRunner>().WhenFinishedAsync(source, timeout.Token);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task AdminDefinesAndStartsASource_AndAViewerFollowsTheRunToItsEnd()
    {
        var put = await Send(HttpMethod.Put, "/api/sources/hoa-phong-api", Role.Admin, Definition("hoa-phong-api"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var started = await Send(HttpMethod.Post, "/api/sources/hoa-phong-api/runs", Role.Admin);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = (await Json(started)).GetProperty("runId").GetInt64();
        Assert.Equal($"/api/crawl-runs/{runId}", started.Headers.Location!.ToString());

        await Finished("hoa-phong-api");
        var run = await Json(await Send(HttpMethod.Get, $"/api/crawl-runs/{runId}", Role.Viewer));

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(TestSiteContent.Documents.Length, run.GetProperty("documentsNew").GetInt32());
        Assert.Equal(2, run.GetProperty("errors").GetProperty("http-404").GetInt32());
        Assert.Contains(run.GetProperty("errorList").EnumerateArray(), e => e.GetProperty("code").GetString() == "too-large");
        var listed = await Json(await Send(HttpMethod.Get, "/api/sources/hoa-phong-api", Role.Viewer));
        Assert.Equal(runId, listed.GetProperty("lastRun").GetProperty("id").GetInt64());
        var search = await Json(await service.Viewer.GetAsync("/api/search?q=" + Uri.EscapeDataString("nguon:hoa-phong-api lịch tiếp công dân")));
        Assert.StartsWith("busy-", search.GetProperty("hits")[0].GetProperty("documentId").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scheduler_StartsADueSource_OnceUntilItsIntervalHasPassed()
    {
        var definition = Definition("hen-gio").Replace("\"allowPrivate\"", "\"schedule\": \"1h\", \"allowPrivate\"", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Put, "/api/sources/hen-gio", Role.Admin, definition)).StatusCode);
        var scheduler = service.Services.GetServices<IHostedService>().OfType<CrawlScheduler>().Single();

        Assert.Equal(1, await scheduler.StartDueAsync());
        await Finished("hen-gio");
        var runs = await Json(await Send(HttpMethod.Get, "/api/crawl-runs?source=hen-gio", Role.Viewer));

        Assert.Equal("schedule", runs[0].GetProperty("trigger").GetString());
        Assert.Equal("completed", runs[0].GetProperty("status").GetString());
        Assert.Equal(0, await scheduler.StartDueAsync()); // the next run is due in an hour
    }

    [Fact]
    public async Task ForbiddenSite_AndBadFields_AreRefusedWithTheFieldNamed()
    {
        var response = await Send(HttpMethod.Put, "/api/sources/tvpl", Role.Admin, """{ "name": "tvpl", "seeds": ["https://thuvienphapluat.vn/"], "delaySeconds": "2" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors");
        Assert.Contains("forbidden-site", errors.GetProperty("seeds[0]")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("delaySeconds", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, "/api/sources/tvpl", Role.Viewer)).StatusCode);
    }

    [Fact]
    public async Task NameInTheBody_MustMatchThePath()
    {
        var response = await Send(HttpMethod.Put, "/api/sources/mot", Role.Admin, Definition("hai"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ViewersAndAnalysts_CannotChangeSourcesOrStartCrawls_AndAnonymousCannotRead()
    {
        Assert.Equal(HttpStatusCode.OK, (await Send(HttpMethod.Put, "/api/sources/quyen", Role.Admin, Definition("quyen"))).StatusCode);
        foreach (var role in new[] { Role.Viewer, Role.Analyst })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Put, "/api/sources/quyen", role, Definition("quyen"))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Post, "/api/sources/quyen/runs", role)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Send(HttpMethod.Delete, "/api/sources/quyen", role)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/api/sources", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Get, "/api/crawl-runs", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(HttpMethod.Post, "/api/sources/quyen/runs", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Send(HttpMethod.Delete, "/api/sources/quyen", Role.Admin)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Delete, "/api/sources/quyen", Role.Admin)).StatusCode);
    }

    [Fact]
    public async Task UnknownRun_Is404_AndABadLimitNamesIt()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Get, "/api/crawl-runs/999999", Role.Viewer)).StatusCode);
        var bad = await Send(HttpMethod.Get, "/api/crawl-runs?limit=0", Role.Viewer);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await Json(bad)).GetProperty("errors").TryGetProperty("limit", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Send(HttpMethod.Post, "/api/sources/khong-co/runs", Role.Admin)).StatusCode);
    }
}
