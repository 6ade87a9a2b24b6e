using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LawMonitor.Crawler.Tests.Support;

/// <summary>
/// A provincial portal served by Kestrel on loopback for the crawler tests: robots.txt (a disallowed path, a
/// crawl-delay, a sitemap index), listings with pagination, document pages with PDF/DOC/DOCX attachments, and
/// the bad cases — 404, 500, 429 with Retry-After, a redirect loop, a slow page, an oversized file, a PDF
/// served as text/html. It answers conditional requests with 304 and logs every request it sees.
/// </summary>
public sealed class TestSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, SiteResource> resources = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<LoggedRequest> log = new();
    private readonly ConcurrentDictionary<string, int> hits = new(StringComparer.Ordinal);
    private readonly WebApplication app;
    private readonly Lock watchersLock = new();
    private readonly List<(Func<IReadOnlyList<LoggedRequest>, bool> Condition, TaskCompletionSource Done)> watchers = [];

    /// <summary>
    /// Held open until the site stops: /slow.html never answers, so the client under test gives up on its own
    /// timeout (the remote server's behaviour is what is tested, not a duration).
    /// </summary>
    private readonly TaskCompletionSource stopping = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TestSite(WebApplication app) => this.app = app;

    /// <summary>Completes once the requests seen satisfy <paramref name="condition"/> (checked as each one is answered).</summary>
    public Task WhenAsync(Func<IReadOnlyList<LoggedRequest>, bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        lock (watchersLock)
        {
            if (condition(Requests))
            {
                return Task.CompletedTask;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            watchers.Add((condition, done));
            return done.Task.WaitAsync(cancellationToken);
        }
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request seen, in order of arrival.</summary>
    public IReadOnlyList<LoggedRequest> Requests => log.ToArray();


    /// <summary>Starts an empty site on <paramref name="urls"/> (IPv4 loopback unless told); <see cref="TestSiteContent"/> fills it.</summary>
    public static async Task<TestSite> StartAsync(string urls = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new TestSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site.BaseUrl = new Uri(app.Urls.First());
        return site;
    }

    /// <summary>Serves <paramref name="content"/> at <paramref name="target"/> (path and query); a new version gets new validators.</summary>
    public void Put(string target, byte[] content, string contentType)
    {
        var version = resources.TryGetValue(target, out var old) ? old.LastModified.AddDays(1) : new DateTimeOffset(2024, 5, 6, 7, 0, 0, TimeSpan.Zero);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(content))[..16] + "\"";
        resources[target] = new SiteResource(content, contentType, etag, version);
    }

    public void Put(string target, string html) => Put(target, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    public void ClearLog() => log.Clear();

    public async ValueTask DisposeAsync()
    {
        stopping.TrySetResult();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var target = context.Request.Path + context.Request.QueryString;
        var conditional = context.Request.Headers.IfNoneMatch.Count > 0 || context.Request.Headers.IfModifiedSince.Count > 0;
        long bytes = 0;
        var aborted = false;
        try
        {
            bytes = await AnswerAsync(context, target);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The crawler gave up (a timeout, an oversized body): nothing was answered.
            aborted = true;
        }
        finally
        {
            log.Enqueue(new LoggedRequest(target, started, Stopwatch.GetTimestamp(), aborted ? 499 : context.Response.StatusCode, conditional, bytes, context.Request.Headers.UserAgent.ToString()));
            Notify();
        }
    }

    private void Notify()
    {
        lock (watchersLock)
        {
            var seen = Requests;
            foreach (var watcher in watchers.Where(w => w.Condition(seen)).ToList())
            {
                watchers.Remove(watcher);
                watcher.Done.TrySetResult();
            }
        }
    }

    private async Task<long> AnswerAsync(HttpContext context, string target)
    {
        var response = context.Response;
        var hit = hits.AddOrUpdate(target, 1, (_, n) => n + 1);
        switch (context.Request.Path.Value)
        {
            case "/missing.html":
                response.StatusCode = 404;
                return 0;
            case "/broken.html":
                response.StatusCode = 500;
                return 0;
            case "/busy.html" when hit == 1:
                response.StatusCode = 429;
                response.Headers.RetryAfter = "1";
                return 0;
            case "/loop-a":
                response.StatusCode = 302;
                response.Headers.Location = "/loop-b";
                return 0;
            case "/loop-b":
                response.StatusCode = 302;
                response.Headers.Location = "/loop-a";
                return 0;
            case "/redirect-old.html":
                response.StatusCode = 301;
                response.Headers.Location = "/van-ban/quyet-dinh-01.html?utm_source=old";
                return 0;
            case "/slow.html":
                await stopping.Task.WaitAsync(context.RequestAborted);
                return 0;
            case "/files/huge.pdf":
                var chunk = new byte[64 * 1024];
                "%PDF-1.4\n"u8.CopyTo(chunk);
                response.ContentType = "application/pdf";
                response.ContentLength = chunk.Length * 48L;
                for (var i = 0; i < 48; i++)
                {
                    await response.Body.WriteAsync(chunk, context.RequestAborted);
                }

                return chunk.Length * 48L;
        }

        if (!resources.TryGetValue(target, out var resource))
        {
            response.StatusCode = 404;
            return 0;
        }

        response.Headers.ETag = resource.ETag;
        response.Headers.LastModified = resource.LastModified.ToString("R", CultureInfo.InvariantCulture);
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        var ifModifiedSince = context.Request.Headers.IfModifiedSince.ToString();
        if ((ifNoneMatch.Length > 0 && ifNoneMatch.Contains(resource.ETag, StringComparison.Ordinal))
            || (ifNoneMatch.Length == 0 && DateTimeOffset.TryParse(ifModifiedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) && resource.LastModified <= since))
        {
            response.StatusCode = 304;
            return 0;
        }

        response.ContentType = resource.ContentType;
        response.ContentLength = resource.Content.Length;
        await response.Body.WriteAsync(resource.Content, context.RequestAborted);
        return resource.Content.Length;
    }
}
