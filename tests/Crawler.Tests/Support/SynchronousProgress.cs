using LawMonitor.Crawler.Engine;

namespace LawMonitor.Crawler.Tests.Support;

/// <summary>Progress reported on the crawler's own thread, as it happens (<see cref="Progress{T}"/> posts it later).</summary>
public sealed class SynchronousProgress(Action<CrawlProgress> report) : IProgress<CrawlProgress>
{
    public void Report(CrawlProgress value) => report(value);
}
