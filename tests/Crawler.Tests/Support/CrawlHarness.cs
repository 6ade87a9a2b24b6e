using LawMonitor.Crawler.Engine;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Crawler.Tests.Support;

/// <summary>A data folder with the real index, raw store, crawl database and engine, crawling a <see cref="TestSite"/>.</summary>
public sealed class CrawlHarness : IDisposable
{
    private readonly TempDirectory data = new();

    public CrawlHarness()
    {
        Index = LegalIndex.Open(data.Path);
        Store = CrawlStore.Open(data.Path);
        Engine = new CrawlEngine(Store, new IngestPipeline(Index, new RawFileStore(data.Path), IngestLimits.Default), new CrawlerOptions { DataDirectory = data.Path, Contact = "qa@hoaphong.example" },
            ingested: Ingested.Enqueue);
    }

    public string DataDirectory => data.Path;

    /// <summary>What the engine told its host of each document ingested.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<IngestResult> Ingested { get; } = new();

    public LegalIndex Index { get; }

    public CrawlStore Store { get; }

    public CrawlEngine Engine { get; }

    /// <summary>The test source over <paramref name="site"/>: listings named, loopback allowed, short timeouts and retries.</summary>
    public static CrawlSource SourceFor(TestSite site, string extra = "")
    {
        var json = $$"""
            {
              "name": "hoa-phong",
              "title": "Sở Tư pháp tỉnh Hòa Phong",
              "seeds": ["{{site.BaseUrl}}"],
              "listings": ["^/$", "^/van-ban\\?page=\\d+$"],
              "allowPrivate": true,
              "caseInsensitivePaths": true,
              "delaySeconds": 0,
              "timeoutSeconds": 2,
              "maxResponseMegabytes": 1,
              "maxRetries": 2,
              "retryBaseDelaySeconds": 0.05,
              "maxRetryAfterSeconds": 5{{extra}}
            }
            """;
        var read = CrawlSourceReader.Read(json, ["generic"]);
        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        return read.Source;
    }

    public async Task<CrawlRun> CrawlAsync(CrawlSource source, CancellationToken cancellationToken = default)
    {
        var outcome = await Engine.RunAsync(source, "test", cancellationToken: cancellationToken);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        return outcome.Value!;
    }

    /// <summary>Every ingested document with its versions, by source key (URL).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<DocumentVersion>> Documents() =>
        Index.Documents.ParsedBefore(int.MaxValue).ToDictionary(v => v.SourceKey, v => Index.Documents.Versions(v.DocumentId));

    public void Dispose() => data.Dispose();
}
