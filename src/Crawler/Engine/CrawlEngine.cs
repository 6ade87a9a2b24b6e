using System.Threading.Channels;
using LawMonitor.Crawler.Adapters;
using LawMonitor.Crawler.Fetching;
using LawMonitor.Crawler.Frontier;
using LawMonitor.Crawler.Politeness;
using LawMonitor.Crawler.Sources;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Outcomes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LawMonitor.Crawler.Engine;

/// <summary>
/// Runs a source: one worker per host (more only with politeness off), each claiming URLs from the SQLite
/// frontier, asking robots.txt first, fetching through <see cref="Fetcher"/>, and either queueing a page's
/// links or handing a document to the same <see cref="IngestPipeline"/> as <c>./lawmonitor ingest</c>.
/// A run interrupted at any point (a kill, Ctrl+C, a service stop) is resumed by the next start of its source.
/// <paramref name="ingested"/> learns what became of each document once its batch is committed (the host moves
/// what its registers say of a document read again by a newer parser, as after an upload).
/// </summary>
public sealed partial class CrawlEngine(CrawlStore store, IngestPipeline pipeline, CrawlerOptions options, TimeProvider? clock = null, ILogger? logger = null, SiteAdapters? adapters = null, Action<IngestResult>? ingested = null)
{
    /// <summary>What a run that failed on a bug or the disk says; the exception itself goes to the log only.</summary>
    public const string UnexpectedFailure = "lần thu thập dừng vì lỗi ngoài dự kiến; chi tiết đã ghi vào nhật ký máy chủ, lần chạy sau bắt đầu lại (the run stopped on an unexpected error; see the server log)";

    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly ILogger logger = logger ?? NullLogger.Instance;
    private readonly SiteAdapters adapters = adapters ?? SiteAdapters.Default;

    /// <summary>
    /// Crawls <paramref name="source"/> (resuming its interrupted run, if any); <paramref name="trigger"/> says
    /// who asked ("cli", "schedule", "api"); <paramref name="started"/> learns the run's id as soon as it has one.
    /// </summary>
    public async Task<Outcome<CrawlRun>> RunAsync(CrawlSource source, string trigger, IProgress<CrawlProgress>? progress = null, Action<long>? started = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var sourceLock = SourceLock.TryTake(options.DataDirectory, source.Name);
        if (sourceLock is null)
        {
            return Outcome<CrawlRun>.Fail("busy", $"nguồn {source.Name} đang được thu thập ở tiến trình khác (the source is being crawled)");
        }

        if (!source.Polite && await PublicHostAsync(source, cancellationToken).ConfigureAwait(false) is { } publicHost)
        {
            return Outcome<CrawlRun>.Fail("public-host", $"{publicHost} là máy chủ công cộng; chỉ được tắt phép lịch sự với máy chủ nội bộ (politeness may be off only for private or loopback hosts)");
        }

        var run = store.ResumeInterrupted(source.Name);
        if (run is null)
        {
            var id = store.StartRun(source.Name, trigger, clock.GetUtcNow());
            try
            {
                store.Enqueue(id, source.Seeds.Select(s => new QueuedLink(Canonical(source, s), PageKind.Listing, 0))
                    .Concat(source.Sitemaps.Select(s => new QueuedLink(Canonical(source, s), PageKind.Sitemap, 0))), null, source.MaxPages);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A run that cannot queue its seeds ends failed at once, never left "running" for the next start.
                LogFailed(logger, e, source.Name, id);
                store.FinishRun(id, CrawlRunStatus.Failed, UnexpectedFailure, clock.GetUtcNow());
                return Outcome<CrawlRun>.Ok(store.GetRun(id)!);
            }

            run = store.GetRun(id)!;
            LogStarted(logger, source.Name, run.Id);
        }
        else
        {
            LogResumed(logger, source.Name, run.Id);
        }

        started?.Invoke(run.Id);
        var gate = new HostGate(source.Polite ? 1 : Math.Max(1, source.MaxConcurrentPerHost), clock);
        using var fetcher = new Fetcher(source, gate, UserAgent.For(options.Contact), clock);
        var state = new RunState(source, run.Id, gate, fetcher, new RobotsPolicy(store, fetcher, options.RobotsLifetime, clock), adapters.Get(source.Adapter), progress);
        try
        {
            await CrawlAsync(state, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogInterrupted(logger, source.Name, run.Id);
            return Outcome<CrawlRun>.Ok(store.GetRun(run.Id)!);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug, or the disk: the run ends failed (the next start begins a new one) and the service goes on.
            LogFailed(logger, e, source.Name, run.Id);
            store.FinishRun(run.Id, CrawlRunStatus.Failed, UnexpectedFailure, clock.GetUtcNow());
            return Outcome<CrawlRun>.Ok(store.GetRun(run.Id)!);
        }

        var counts = store.Counts(run.Id);
        store.FinishRun(run.Id, CrawlRunStatus.Completed, !state.Notes.IsEmpty ? string.Join("; ", state.Notes.Distinct()) : null, clock.GetUtcNow());
        LogFinished(logger, source.Name, run.Id, counts.Pages, counts.DocumentsNew, counts.DocumentsChanged, counts.ErrorTotal);
        return Outcome<CrawlRun>.Ok(store.GetRun(run.Id)!);
    }

    private async Task CrawlAsync(RunState state, CancellationToken cancellationToken)
    {
        var documents = Channel.CreateBounded<IngestInput>(new BoundedChannelOptions(Math.Max(1, options.IngestQueue)) { SingleReader = true });
        var recorder = new IngestRecorder(store, state, clock, ingested);
        var ingest = pipeline.IngestStreamAsync(documents.Reader.ReadAllAsync(cancellationToken), recorder, cancellationToken);
        state.Documents = documents.Writer;
        try
        {
            foreach (var staged in store.Staged(state.RunId))
            {
                await documents.Writer.WriteAsync(Input(state.Source, staged.FinalUrl, staged.FileName, staged.ContentType, staged.Body), cancellationToken).ConfigureAwait(false);
            }

            var active = new Dictionary<string, Task>(StringComparer.Ordinal);
            while (true)
            {
                foreach (var host in store.PendingHosts(state.RunId).Where(h => !active.ContainsKey(h)))
                {
                    active[host] = HostAsync(state, host, cancellationToken);
                }

                if (active.Count == 0)
                {
                    break;
                }

                var finished = await Task.WhenAny(active.Values).ConfigureAwait(false);
                active.Remove(active.First(a => a.Value == finished).Key);
                await finished.ConfigureAwait(false);
            }
        }
        finally
        {
            documents.Writer.TryComplete();
            await ingest.ConfigureAwait(false);
        }
    }

    /// <summary>One host's workers: robots.txt first, its delay set, then its URLs one at a time (several only with politeness off).</summary>
    private async Task HostAsync(RunState state, string host, CancellationToken cancellationToken)
    {
        var first = store.Claim(state.RunId, host);
        if (first is null)
        {
            return;
        }

        var robots = await state.Robots.ForAsync(first.Url, cancellationToken).ConfigureAwait(false);
        state.Gate.SetDelay(host, state.Source.Polite ? Delay(state, host, robots) : TimeSpan.Zero);
        if (robots.Sitemaps.Count > 0)
        {
            store.Enqueue(state.RunId, robots.Sitemaps.Select(s => Canonical(state.Source, s)).Where(s => InScope(state.Source, s)).Select(s => new QueuedLink(s, PageKind.Sitemap, 0)), null, state.Source.MaxPages);
        }

        async Task Worker(FrontierItem? item)
        {
            for (var next = item ?? store.Claim(state.RunId, host); next is not null; next = store.Claim(state.RunId, host))
            {
                await ProcessAsync(state, next, cancellationToken).ConfigureAwait(false);
            }
        }

        var workers = state.Source.Polite ? 1 : Math.Max(1, state.Source.MaxConcurrentPerHost);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(i => Worker(i == 0 ? first : null))).ConfigureAwait(false);
    }

    private TimeSpan Delay(RunState state, string host, RobotsTxt robots)
    {
        var crawlDelay = robots.CrawlDelay ?? TimeSpan.Zero;
        if (crawlDelay > options.MaxCrawlDelay)
        {
            state.Notes.Add($"{host}: crawl-delay {crawlDelay.TotalSeconds:0} giây, dùng {options.MaxCrawlDelay.TotalSeconds:0} giây");
            crawlDelay = options.MaxCrawlDelay;
        }

        return crawlDelay > state.Source.Delay ? crawlDelay : state.Source.Delay;
    }

    private async Task<string?> PublicHostAsync(CrawlSource source, CancellationToken cancellationToken)
    {
        foreach (var host in source.Hosts.Select(h => new Uri("http://" + h + "/").IdnHost))
        {
            var addresses = System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var literal)
                ? [literal]
                : await System.Net.Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            if (addresses.Length == 0 || addresses.Any(AddressGuard.IsPublic))
            {
                return host;
            }
        }

        return null;
    }

    internal static Uri Canonical(CrawlSource source, Uri url) => Links.UrlCanonicalizer.Canonicalize(url, source.CaseInsensitivePaths) ?? url;

    internal static bool InScope(CrawlSource source, Uri url) =>
        source.Hosts.Contains(CrawlSource.HostOf(url))
        && ForbiddenSites.Match(url.IdnHost) is null
        && !source.Exclude.Any(p => p.IsMatch(url))
        && (source.Include.Count == 0 || source.Include.Any(p => p.IsMatch(url)));

    internal static IngestInput Input(CrawlSource source, Uri url, string fileName, string? contentType, byte[] body) =>
        IngestInput.FromBytes(fileName, body, url.ToString(), source.Name, contentType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {Source} started (run {Run})")]
    private static partial void LogStarted(ILogger logger, string source, long run);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {Source} resumed (run {Run})")]
    private static partial void LogResumed(ILogger logger, string source, long run);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Crawl of {Source} interrupted (run {Run}); the next start resumes it")]
    private static partial void LogInterrupted(ILogger logger, string source, long run);

    [LoggerMessage(Level = LogLevel.Error, Message = "Crawl of {Source} failed (run {Run})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string source, long run);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crawl of {Source} finished (run {Run}): {Pages} pages, {New} new and {Changed} changed documents, {Errors} errors")]
    private static partial void LogFinished(ILogger logger, string source, long run, int pages, int @new, int changed, int errors);
}
