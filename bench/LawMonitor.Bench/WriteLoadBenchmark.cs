using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Storage;
using LawMonitor.SearchApi.Hosting;
using LawMonitor.SearchApi.Security;
using Microsoft.Extensions.DependencyInjection;

namespace LawMonitor.Bench;

/// <summary>
/// Search under writes, and the memory of the largest search bodies. Part 1, the real service in process over
/// the generated corpus of <c>--provisions</c> articles: <c>--clients</c> closed-loop search clients alone
/// (the baseline), then the same clients while <c>--uploaders</c> analysts upload batches of 10 new decisions
/// through <c>POST /api/documents</c> (each batch ingested, committed and followed by the detectors, as a crawl
/// or an upload burst is); p50/p95/p99 and errors of both, side by side. Part 2, <c>./lawmonitor serve</c> as
/// a child process on the demo corpus (so its memory is the service's alone): 8 clients sending ordinary
/// searches, then 8 clients sending the largest search body the service accepts (256 KB), for
/// <c>--seconds</c> each, with the child's resident and peak memory.
/// </summary>
internal static class WriteLoadBenchmark
{
    public static async Task RunAsync(string root, string work, int provisions, int clients, int uploaders, int seconds)
    {
        Console.WriteLine($"# Search under writes — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {clients} search clients, {uploaders} uploaders, {seconds} s per run");
        await UnderWritesAsync(root, work, provisions, clients, uploaders, seconds);
        Console.WriteLine();
        await LargestBodiesAsync(root, work, seconds);
    }

    private static async Task UnderWritesAsync(string root, string work, int provisions, int clients, int uploaders, int seconds)
    {
        var data = Path.Combine(work, "writes");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var index = LegalIndex.Open(data);
        var corpus = SyntheticCorpus.Generate(provisions, root);
        var clock = Stopwatch.StartNew();
        BulkLoader.Load(index, corpus.Documents);
        Console.WriteLine($"index: {corpus.Documents.Count} documents, {corpus.Provisions} articles, built in {clock.Elapsed.TotalSeconds:F0} s");
        var uploads = SyntheticCorpus.Generate(Math.Max(2_000, provisions / 20), root, seed: 7).Documents;
        var (typical, _) = corpus.Queries(40_000);
        var queries = typical.Distinct(StringComparer.Ordinal).ToList();

        var app = ServiceHost.Build(new ServiceOptions { DataDirectory = data, Urls = "http://127.0.0.1:0", CorpusDirectory = null, SourcesDirectory = null, CrawlerEnabled = false });
        await app.StartAsync();
        try
        {
            var tokens = app.Services.GetRequiredService<ApiTokenStore>();
            using var viewer = Client(app.Urls.First(), tokens.Create("bench-viewer-" + Guid.NewGuid().ToString("N")[..8], Role.Viewer).Token!, clients);
            using var analyst = Client(app.Urls.First(), tokens.Create("bench-analyst-" + Guid.NewGuid().ToString("N")[..8], Role.Analyst).Token!, uploaders);
            var next = 0;
            foreach (var q in queries.Take(50))
            {
                await viewer.GetAsync("/api/search?pageSize=10&q=" + Uri.EscapeDataString(q)); // warm-up
            }

            next = 50;
            List<string> Fresh(int count)
            {
                var slice = queries.Skip(next).Take(count).ToList();
                next += count;
                return slice;
            }

            Console.WriteLine();
            Console.WriteLine("| run | searches | per second | p50 ms | p95 ms | p99 ms | max ms | search errors | uploads (10 files each) | files ingested | upload p50 s | upload errors |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            var alone = await SearchLoad(viewer, Fresh(15_000), clients, seconds, null);
            Print($"{clients} search clients alone (baseline)", alone.Search, null);
            var cursor = 0;
            async Task<UploadStats> Upload(CancellationToken stop)
            {
                var stats = new UploadStats();
                while (!stop.IsCancellationRequested)
                {
                    using var form = new MultipartFormDataContent();
                    for (var i = 0; i < 10; i++)
                    {
                        var n = Interlocked.Increment(ref cursor);
                        var document = uploads[n % uploads.Count];
                        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(document.Text + $"\nBản tải lên thứ {n}.")), "files", $"tai-len-{n}.txt");
                    }

                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await analyst.PostAsync("/api/documents", form, CancellationToken.None);
                        if (response.IsSuccessStatusCode)
                        {
                            var results = await response.Content.ReadFromJsonAsync<List<UploadResult>>(CancellationToken.None);
                            stats.Files += results!.Count(r => r.Ok);
                        }
                        else
                        {
                            stats.Errors++;
                        }
                    }
                    catch (HttpRequestException)
                    {
                        stats.Errors++;
                    }

                    stats.Seconds.Add(Stopwatch.GetElapsedTime(started).TotalSeconds);
                }

                return stats;
            }

            var writes = await SearchLoad(viewer, Fresh(15_000), clients, seconds, stop => Task.WhenAll(Enumerable.Range(0, uploaders).Select(_ => Upload(stop))));
            Print($"{clients} search clients while {uploaders} analysts upload", writes.Search, writes.Uploads);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task LargestBodiesAsync(string root, string work, int seconds)
    {
        var data = Path.Combine(work, "bodies");
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }

        var cli = Path.Combine(root, "lawmonitor");
        var token = (await RunAsync(cli, root, "token", "create", "bench-bodies", "--role", "viewer", "--data", data)).Split('\n', StringSplitOptions.RemoveEmptyEntries).First(l => l.StartsWith("lm_", StringComparison.Ordinal)).Trim();
        var port = 5200 + Random.Shared.Next(500);
        using var service = Process.Start(new ProcessStartInfo(cli, ["serve", "--data", data, "--urls", $"http://127.0.0.1:{port}"]) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        service.OutputDataReceived += (_, _) => { };
        service.ErrorDataReceived += (_, _) => { };
        service.BeginOutputReadLine();
        service.BeginErrorReadLine();
        try
        {
            using var http = Client($"http://127.0.0.1:{port}", token, 8);
            for (var wait = Stopwatch.StartNew(); ; await Task.Delay(250))
            {
                try
                {
                    if ((await http.GetAsync("/health")).IsSuccessStatusCode)
                    {
                        break;
                    }
                }
                catch (HttpRequestException) when (wait.Elapsed < TimeSpan.FromMinutes(3))
                {
                }
            }

            var largest = Encoding.UTF8.GetBytes("{\"q\":\"" + string.Concat(Enumerable.Repeat("phối hợp kiểm tra ", 20_000))[..(250 * 1024 / 2)] + "\"}");
            while (largest.Length < 255 * 1024)
            {
                largest = [.. largest[..^2], .. "a\"}"u8.ToArray()];
            }

            var small = Encoding.UTF8.GetBytes("{\"q\":\"phối hợp kiểm tra thi hành pháp luật\"}");
            Console.WriteLine("| run (8 clients, POST /api/search) | requests | per second | p95 ms | status | service RSS at end MB | service peak RSS MB |");
            Console.WriteLine("|---|---:|---:|---:|---|---:|---:|");
            foreach (var (name, body) in new[] { ("ordinary 7-word query (baseline)", small), ($"largest accepted body ({largest.Length / 1024} KB, the query cut to 4,000 characters)", largest), ("over the limit (300 KB: refused with 413)", [.. largest, .. new byte[45 * 1024]]) })
            {
                var statuses = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
                var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
                using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
                var wall = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
                {
                    while (!stop.IsCancellationRequested)
                    {
                        using var content = new ByteArrayContent(body);
                        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                        var started = Stopwatch.GetTimestamp();
                        using var response = await http.PostAsync("/api/search", content, CancellationToken.None);
                        await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    }
                }));
                var sorted = latencies.Order().ToList();
                var (rss, peak) = Memory(service.Id);
                Console.WriteLine($"| {name} | {sorted.Count} | {sorted.Count / wall.Elapsed.TotalSeconds:F0} | {sorted[(int)(sorted.Count * 0.95)]:F1} | {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))} | {rss:F0} | {peak:F0} |");
            }
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
    }

    /// <summary>The resident and peak resident memory of a process, in MB (Linux /proc).</summary>
    private static (double Rss, double Peak) Memory(int pid)
    {
        var status = File.ReadAllLines($"/proc/{pid}/status");
        double Field(string name) => double.Parse(status.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(':')[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        return (Field("VmRSS"), Field("VmHWM"));
    }

    private static async Task<string> RunAsync(string file, string directory, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }

    private static HttpClient Client(string baseUrl, string token, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(1, connections), PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(SearchStats Search, UploadStats? Uploads)> SearchLoad(HttpClient http, List<string> queries, int clients, int seconds, Func<CancellationToken, Task<UploadStats[]>>? writers)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var stats = new SearchStats();
        var wall = Stopwatch.StartNew();
        var writing = writers?.Invoke(stop.Token);
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                var q = queries[Interlocked.Increment(ref next) % queries.Count];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync("/api/search?pageSize=10&q=" + Uri.EscapeDataString(q), CancellationToken.None);
                    await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref stats.Errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref stats.Errors);
                }

                lock (stats.Latencies)
                {
                    stats.Latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }));
        stats.Seconds = wall.Elapsed.TotalSeconds;
        UploadStats? uploads = null;
        if (writing is not null)
        {
            var all = await writing;
            uploads = new UploadStats { Files = all.Sum(u => u.Files), Errors = all.Sum(u => u.Errors) };
            uploads.Seconds.AddRange(all.SelectMany(u => u.Seconds));
        }

        return (stats, uploads);
    }

    private static void Print(string name, SearchStats search, UploadStats? uploads)
    {
        var all = search.Latencies.Order().ToList();
        double P(double p) => all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
        var upload = uploads is null ? "— | — | — | —" : $"{uploads.Seconds.Count} | {uploads.Files} | {uploads.Seconds.Order().ElementAt(uploads.Seconds.Count / 2):F2} | {uploads.Errors}";
        Console.WriteLine($"| {name} | {all.Count} | {all.Count / search.Seconds:F0} | {P(0.50):F1} | {P(0.95):F1} | {P(0.99):F1} | {all[^1]:F1} | {search.Errors} | {upload} |");
    }

    private sealed class SearchStats
    {
        public readonly List<double> Latencies = [];
        public int Errors;
        public double Seconds;
    }

    private sealed class UploadStats
    {
        public List<double> Seconds { get; } = [];

        public int Files { get; set; }

        public int Errors { get; set; }
    }

    private sealed record UploadResult(bool Ok);
}
