using System.Diagnostics;
using System.Net;
using System.Text;
using LawMonitor.Crawler.Engine;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace LawMonitor.Bench;

/// <summary>
/// Crawl throughput and memory: a generated portal on loopback (listings of 20 documents each, paginated;
/// each document a short decision page) crawled by the real engine — SQLite frontier, link extraction,
/// ingestion into a fresh index — with politeness off, against plain HttpClient GETs of the same URLs (no
/// parsing, no storage) in the same run. Memory is sampled every 1,000 pages.
/// </summary>
internal static class CrawlBenchmark
{
    private const int PerListing = 20;

    public static async Task RunAsync(string work, int pages)
    {
        var documents = pages * PerListing / (PerListing + 1);
        var listings = (documents + PerListing - 1) / PerListing;
        await using var site = await StartSiteAsync(documents, listings);
        var baseUrl = new Uri(site.Urls.First());
        Console.WriteLine($"# Crawl benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"site: {listings} listing pages + {documents} document pages = {listings + documents} pages on {baseUrl}");

        var baseline = await PlainFetchAsync(baseUrl, documents, listings);
        Console.WriteLine($"plain HttpClient (4 at a time, bodies read, nothing parsed or stored): {baseline.TotalSeconds:F1} s, {(listings + documents) / baseline.TotalSeconds:F0} pages/s");

        var direct = await DirectIngestAsync(Path.Combine(work, "direct"), documents);
        Console.WriteLine($"ingestion alone (the same {documents} document pages from memory, no HTTP, no frontier): {direct.TotalSeconds:F1} s, {documents / direct.TotalSeconds:F0} documents/s");

        var data = Path.Combine(work, "crawl");
        var index = LegalIndex.Open(data);
        var store = CrawlStore.Open(data);
        var engine = new CrawlEngine(store, new IngestPipeline(index, new RawFileStore(data), IngestLimits.Default), new CrawlerOptions { DataDirectory = data, Contact = "bench@localhost" });
        var source = new CrawlSource("bench", [new Uri(baseUrl, "/list?page=1")])
        {
            Listings = [new UrlPattern(@"^/list\?page=\d+$")], AllowPrivate = true, Polite = false, Delay = TimeSpan.Zero,
            MaxConcurrentPerHost = 4, MaxPages = pages * 2, MaxDepth = 3, Timeout = TimeSpan.FromSeconds(30),
        };
        var samples = new List<(int Pages, double Seconds, double WorkingSetMb, double HeapMb)>();
        var clock = Stopwatch.StartNew();
        var nextSample = 1000;
        var progress = new SyncProgress(p =>
        {
            if (p.Processed >= nextSample)
            {
                nextSample += 1000;
                using var process = Process.GetCurrentProcess();
                samples.Add((p.Processed, clock.Elapsed.TotalSeconds, process.WorkingSet64 / 1048576.0, GC.GetTotalMemory(false) / 1048576.0));
            }
        });
        var outcome = await engine.RunAsync(source, "bench", progress);
        var seconds = clock.Elapsed.TotalSeconds;
        var run = outcome.Value ?? throw new InvalidOperationException(outcome.Error?.Message);
        Console.WriteLine($"LawMonitor crawl (frontier, links, ingestion into the index): {seconds:F1} s, {run.Counts.Pages / seconds:F0} pages/s; " +
            $"{run.Counts.Pages} pages, {run.Counts.DocumentsNew} documents ingested, {run.Counts.ErrorTotal} errors, status {run.Status}");
        Console.WriteLine($"ratio: LawMonitor {baseline.TotalSeconds / seconds:F2}× the plain fetch rate; crawl time {seconds / direct.TotalSeconds:F2}× ingestion alone");
        Console.WriteLine();
        Console.WriteLine("| pages done | seconds | pages/s so far | working set MB | managed heap MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var (done, at, ws, heap) in samples)
        {
            Console.WriteLine($"| {done} | {at:F1} | {done / at:F0} | {ws:F0} | {heap:F0} |");
        }
    }

    private static async Task<TimeSpan> PlainFetchAsync(Uri baseUrl, int documents, int listings)
    {
        var urls = Enumerable.Range(1, listings).Select(i => new Uri(baseUrl, $"/list?page={i}"))
            .Concat(Enumerable.Range(1, documents).Select(i => new Uri(baseUrl, $"/doc/{i}.html"))).ToList();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4 });
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (url, ct) =>
        {
            var body = await http.GetByteArrayAsync(url, ct);
            GC.KeepAlive(body);
        });
        return clock.Elapsed;
    }

    private static async Task<TimeSpan> DirectIngestAsync(string data, int documents)
    {
        var pipeline = new IngestPipeline(LegalIndex.Open(data), new RawFileStore(data), IngestLimits.Default);
        var inputs = Enumerable.Range(1, documents).Select(i => IngestInput.FromBytes($"{i}.html", Encoding.UTF8.GetBytes(Document(i)), $"http://bench/doc/{i}.html", "bench", "text/html; charset=utf-8"));
        var clock = Stopwatch.StartNew();
        await pipeline.IngestAsync(inputs);
        return clock.Elapsed;
    }

    private static async Task<WebApplication> StartSiteAsync(int documents, int listings)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            string? html = null;
            if (path == "/robots.txt")
            {
                context.Response.ContentType = "text/plain";
                await context.Response.WriteAsync("User-agent: *\nDisallow: /admin/\n");
                return;
            }

            if (path == "/list" && int.TryParse(context.Request.Query["page"], out var page) && page >= 1 && page <= listings)
            {
                var items = Enumerable.Range((page - 1) * PerListing + 1, PerListing).Where(i => i <= documents)
                    .Select(i => $"<li><a href=\"/doc/{i}.html\">Quyết định số {i}/2024/QĐ-UBND</a></li>");
                var next = page < listings ? $"<div class=\"pagination\"><a href=\"/list?page={page + 1}\">Trang sau</a></div>" : "";
                html = $"<html><head><meta charset=\"utf-8\"><title>Văn bản — trang {page}</title></head><body><nav><a href=\"/list?page=1\">Văn bản</a></nav><ul>{string.Concat(items)}</ul>{next}</body></html>";
            }
            else if (path.StartsWith("/doc/", StringComparison.Ordinal) && int.TryParse(path[5..^5], out var n) && n >= 1 && n <= documents)
            {
                html = Document(n);
            }

            if (html is null)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(html);
        });
        await app.StartAsync();
        return app;
    }

    private static string Document(int n) => $"""
        <html><head><meta charset="utf-8"><title>Quyết định số {n}/2024/QĐ-UBND</title></head><body>
        <nav><a href="/list?page=1">Văn bản</a></nav><article>
        <p>ỦY BAN NHÂN DÂN TỈNH HÒA PHONG</p><p>Số: {n}/2024/QĐ-UBND</p><p>Hòa Phong, ngày 15 tháng 3 năm 2024</p>
        <p>QUYẾT ĐỊNH</p><p>Về việc theo dõi tình hình thi hành pháp luật trong lĩnh vực số {n}</p>
        <p>Căn cứ Nghị định số 59/2012/NĐ-CP ngày 23 tháng 7 năm 2012 của Chính phủ về theo dõi tình hình thi hành pháp luật;</p>
        <p>Điều 1. Phạm vi điều chỉnh</p><p>Quyết định này quy định việc theo dõi tình hình thi hành pháp luật trong lĩnh vực số {n} trên địa bàn tỉnh.</p>
        <p>Điều 2. Trách nhiệm</p><p>1. Các sở, ban, ngành báo cáo trước ngày {n % 28 + 1} tháng 11 hằng năm.</p><p>2. Ủy ban nhân dân cấp huyện phối hợp thực hiện.</p>
        <p>Điều 3. Hiệu lực thi hành</p><p>Quyết định này có hiệu lực kể từ ngày ký.</p>
        </article></body></html>
        """;

    private sealed class SyncProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
    {
        public void Report(CrawlProgress value) => report(value);
    }
}
