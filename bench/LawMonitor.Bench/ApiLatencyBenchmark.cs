using System.Diagnostics;
using System.Net.Http.Headers;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Hosting;
using LawMonitor.SearchApi.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LawMonitor.Bench;

/// <summary>
/// Search API latency under load: the real service (ServiceHost on Kestrel, loopback, token authentication,
/// JSON, facets and snippets) over the generated corpus of <c>--provisions</c> articles, with
/// <c>--clients</c> concurrent clients for <c>--seconds</c> per run. Runs: (1) closed loop, every query new
/// (each client sends the next as soon as its answer arrives: the machine's capacity); (2) the same with the
/// 400-query mix repeated (what the per-generation answer cache does for repeated searches); (3) the clients
/// as people, each pausing 1 s between searches, every query new. Baseline in the same run: new queries,
/// the same concurrency, the engine called in-process (no HTTP, no JSON, no cache, no gate).
/// </summary>
internal static class ApiLatencyBenchmark
{
    public static async Task RunAsync(string root, string work, int provisions, int clients, int seconds)
    {
        Console.WriteLine($"# Search API latency — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {clients} clients, {seconds} s per run");
        var data = Path.Combine(work, "api");
        var reuse = File.Exists(Path.Combine(data, LegalIndex.FileName));
        var index = LegalIndex.Open(data);
        var corpus = SyntheticCorpus.Generate(provisions, root);
        var clock = Stopwatch.StartNew();
        if (!reuse)
        {
            BulkLoader.Load(index, corpus.Documents);
        }

        Console.WriteLine($"index: {corpus.Documents.Count} documents, {corpus.Provisions} articles, {(reuse ? "reused (--reuse)" : $"built in {clock.Elapsed.TotalSeconds:F0} s")}");
        var (typical, common) = corpus.Queries(12_000);
        var fresh = typical.Distinct(StringComparer.Ordinal).ToList();
        var mix = fresh.Take(400).Select((q, i) => i % 10 == 9 ? common[i / 10 % common.Count] : q).ToList();
        var next = 400;
        List<string> Fresh(int count)
        {
            var slice = fresh.Skip(next).Take(count).ToList();
            next += count;
            return slice;
        }

        var app = ServiceHost.Build(new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", CorpusDirectory = null, SourcesDirectory = null, CrawlerEnabled = false });
        app.Services.GetRequiredService<ILoggerFactory>(); // logging stays at its defaults (warnings) in Production
        await app.StartAsync();
        try
        {
            var token = app.Services.GetRequiredService<ApiTokenStore>().Create("bench-" + Guid.NewGuid().ToString("N")[..8], Role.Viewer).Token!;
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = new Uri(app.Urls.First()) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            async Task Http(string q, CancellationToken ct)
            {
                using var response = await http.GetAsync("/api/search?pageSize=10&q=" + Uri.EscapeDataString(q), HttpCompletionOption.ResponseContentRead, ct);
                response.EnsureSuccessStatusCode();
            }

            // The baseline is the engine without cached postings: FTS5 and lm_rank over every match, as before them.
            var engine = new SearchEngine(app.Services.GetRequiredService<LegalIndex>()) { UsePostings = false };
            Task InProcess(string q, CancellationToken ct)
            {
                engine.Search(new SearchRequest { Query = q, PageSize = 10 }, ct);
                return Task.CompletedTask;
            }

            foreach (var q in mix.Take(50))
            {
                await Http(q, CancellationToken.None); // warm caches, JIT, connections
            }

            // Where one query's time goes, single-threaded (the engine's own stage timings).
            var stages = new Dictionary<string, double>();
            var service = app.Services.GetRequiredService<SearchEngine>();
            foreach (var q in Fresh(400))
            {
                foreach (var (stage, ms) in service.Search(new SearchRequest { Query = q, PageSize = 10 }).Timings)
                {
                    stages[stage] = stages.GetValueOrDefault(stage) + ms;
                }
            }

            Console.WriteLine("mean ms per stage, one query at a time: " + string.Join(", ", stages.Select(p => $"{p.Key} {p.Value / 400:F2}")));

            Console.WriteLine();
            Console.WriteLine("| run | requests | per second | p50 ms | p95 ms | p99 ms | max ms | working set MB |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            await Measure("in-process engine without cached postings (FTS5 + lm_rank), closed loop, new queries (baseline)", Fresh(4000), clients, seconds, InProcess, thinkMs: 0, dedicatedThreads: true);
            await Measure("**HTTP API, closed loop, new queries**", Fresh(4000), clients, seconds, Http, thinkMs: 0);
            await Measure("HTTP API, closed loop, the 400-query mix repeated", mix, clients, seconds, Http, thinkMs: 0);
            await Measure("**HTTP API, people: 1 s between searches, new queries**", Fresh(2000), clients, seconds, Http, thinkMs: 1000);
            var postings = app.Services.GetRequiredService<LegalIndex>().Postings;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            Console.WriteLine();
            Console.WriteLine($"managed heap after a full collection: {GC.GetTotalMemory(false) / 1048576.0:F0} MB, of which cached postings {postings.Bytes / 1048576.0:F0} MB ({postings.Count} lists); the working set also counts the generated corpus and the database pages mapped by every connection");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task Measure(string name, List<string> queries, int clients, int seconds, Func<string, CancellationToken, Task> run, int thinkMs, bool dedicatedThreads = false)
    {
        var latencies = new List<double>[clients];
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var wall = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(client => dedicatedThreads
            ? Task.Factory.StartNew(() => Loop(client).GetAwaiter().GetResult(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Loop(client)).ToList();
        async Task Loop(int client)
        {
            var mine = latencies[client] = [];
            var next = client * (queries.Count / clients);
            while (!stop.IsCancellationRequested)
            {
                var q = queries[next++ % queries.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await run(q, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (thinkMs > 0)
                {
                    try
                    {
                        await Task.Delay(thinkMs / 2 + Random.Shared.Next(thinkMs), stop.Token); // 0.5–1.5 × the pause, so clients do not march in step
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            }
        }

        await Task.WhenAll(tasks);
        var all = latencies.SelectMany(l => l).Order().ToList();
        double P(double p) => all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"| {name} | {all.Count} | {all.Count / wall.Elapsed.TotalSeconds:F0} | {P(0.50):F1} | {P(0.95):F1} | {P(0.99):F1} | {all[^1]:F1} | {process.WorkingSet64 / 1048576.0:F0} |");
    }
}
