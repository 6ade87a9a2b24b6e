using System.Collections.Concurrent;
using System.Threading.Channels;
using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Fetching;
using LawMonitor.Crawler.Politeness;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Ingestion;

namespace LawMonitor.Crawler.Engine;

/// <summary>What the workers of one run share.</summary>
internal sealed class RunState(CrawlSource source, long runId, HostGate gate, Fetcher fetcher, RobotsPolicy robots, ISiteAdapter adapter, IProgress<CrawlProgress>? progress)
{
    private int processed;
    private int documents;
    private int errors;

    public CrawlSource Source { get; } = source;

    public long RunId { get; } = runId;

    public HostGate Gate { get; } = gate;

    public Fetcher Fetcher { get; } = fetcher;

    public RobotsPolicy Robots { get; } = robots;

    public ISiteAdapter Adapter { get; } = adapter;

    /// <summary>Where fetched documents go to be ingested.</summary>
    public ChannelWriter<IngestInput> Documents { get; set; } = null!;

    /// <summary>Remarks for the run's message (a crawl-delay cut, …).</summary>
    public ConcurrentBag<string> Notes { get; } = [];

    public void Processed(Uri url, bool failed)
    {
        Interlocked.Increment(ref processed);
        if (failed)
        {
            Interlocked.Increment(ref errors);
        }

        progress?.Report(new CrawlProgress(RunId, processed, documents, errors, url));
    }

    public void Ingested(Uri url, bool failed)
    {
        if (failed)
        {
            Interlocked.Increment(ref errors);
        }
        else
        {
            Interlocked.Increment(ref documents);
        }

        progress?.Report(new CrawlProgress(RunId, processed, documents, errors, url));
    }
}
