using System.Diagnostics;
using System.Globalization;
using System.Text;
using LawMonitor.Bench;
using LawMonitor.Bench.Lucene;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Legal;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;
using Microsoft.Data.Sqlite;

// Indexing throughput, index size, query latency and throughput of LawMonitor's index against plain SQLite FTS5
// (unicode61, no analysis of ours) and Lucene.Net 4.8 (our analysis as a Lucene analyzer, BM25) on the same
// generated corpus, in the same run. Usage:
//   dotnet run -c Release --project bench/LawMonitor.Bench -- [--provisions 200000] [--queries 400] [--rounds 2] [--threads 8] [--seconds 10] [--questions 50] [--postings-mb 768] [--work DIR]
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --reuse --queries-only [--postings-mb 4096] ...   (query the indexes of the last run again)
//   add --skip-peers to build and query LawMonitor alone (for profiling; reported figures keep the peers)
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --relevance   (nDCG@10 on ../shared/eval/alqac-dev: LawMonitor, Lucene.Net, plain FTS5)
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --ingest [--files 300] [--rounds 2]
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --jsonl [--provisions 30000] [--rounds 2]
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --crawl [--pages 10000]
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --detect [--provisions 200000]
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --detect-incremental [--provisions 200000] [--rounds 3]
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --api [--provisions 200000] [--clients 20] [--seconds 30] [--reuse]
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --search-profile --reuse   (after --api, on its index)
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --rank-profile --reuse --work DIR [--provisions N] [--passes 3]   (stages by match count, over the index of a search run)
//   dotnet run -c Release --project bench/LawMonitor.Bench -- --writes [--provisions 200000] [--clients 20] [--uploaders 2] [--seconds 30]
var provisions = Arg("--provisions", 200_000);
var queryCount = Arg("--queries", 400);
var rounds = Arg("--rounds", 2);
var postingsMb = Arg("--postings-mb", (int)(LawMonitor.Indexer.Storage.Postings.PostingsCache.DefaultBudgetBytes / (1024 * 1024)));
var work = ArgText("--work", Path.Combine(Path.GetTempPath(), "lawmonitor-bench"));
var root = FindRoot();
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

if (Directory.Exists(work) && !args.Contains("--reuse"))
{
    Directory.Delete(work, recursive: true);
}

Directory.CreateDirectory(work);
if (args.Contains("--ingest"))
{
    // Ingestion of text-layer PDFs against pdftotext alone: --ingest [--files 300] [--rounds 2]
    await IngestBenchmark.RunAsync(root, work, Arg("--files", 300), rounds);
    return 0;
}

if (args.Contains("--jsonl"))
{
    // index-jsonl through the ingest pipeline against the index writer alone: --jsonl [--provisions 30000] [--rounds 2]
    await JsonlImportBenchmark.RunAsync(root, work, Arg("--provisions", 30_000), rounds);
    return 0;
}

if (args.Contains("--relevance"))
{
    // nDCG@10 on the development set, with and without diacritics: LawMonitor, Lucene.Net and plain FTS5 in one run.
    await RelevanceBenchmark.RunAsync(root, work);
    return 0;
}

if (args.Contains("--detect-incremental"))
{
    // Incremental detection after batches of about 250 provisions, against the full run: --detect-incremental [--provisions 200000] [--rounds 3]
    DetectorBenchmark.RunIncremental(root, work, provisions, rounds);
    return 0;
}

if (args.Contains("--detect"))
{
    // Detector runtime at 1/8 … all of --provisions, against an all-pairs baseline: --detect [--provisions 200000]
    DetectorBenchmark.Run(root, work, provisions);
    return 0;
}

if (args.Contains("--api"))
{
    // Search API latency through Kestrel with concurrent clients, against the engine called in-process: --api [--provisions 200000] [--clients 20] [--seconds 30]
    await ApiLatencyBenchmark.RunAsync(root, work, provisions, Arg("--clients", 20), Arg("--seconds", 30));
    return 0;
}

if (args.Contains("--writes"))
{
    // Search p95 and errors while analysts upload, against search alone; memory of the largest search bodies: --writes
    await WriteLoadBenchmark.RunAsync(root, work, provisions, Arg("--clients", 20), Arg("--uploaders", 2), Arg("--seconds", 30));
    return 0;
}

if (args.Contains("--search-profile"))
{
    // The rank stage with cached postings against FTS5 + lm_rank, cold and warm, over the --api index: --search-profile --reuse
    SearchProfile.Run(root, work, provisions);
    return 0;
}

if (args.Contains("--rank-profile"))
{
    // Where warm searches spend their time, by stage and match count, over the LawMonitor index of an earlier run: --rank-profile --reuse --work DIR [--provisions N] [--passes 3]
    RankProfile.Run(root, work, provisions, queryCount, Arg("--questions", 25), postingsMb * 1024L * 1024, Arg("--passes", 3));
    return 0;
}

if (args.Contains("--crawl"))
{
    // Crawling a loopback portal with politeness off against plain HttpClient fetches of the same pages: --crawl [--pages 10000]
    await CrawlBenchmark.RunAsync(work, Arg("--pages", 10_000));
    return 0;
}

Console.WriteLine($"# LawMonitor benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite {SqliteVersion()}");

var clock = Stopwatch.StartNew();
var corpus = SyntheticCorpus.Generate(provisions, root);
var megabytes = corpus.Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text)) / 1e6;
Console.WriteLine($"corpus: {corpus.Documents.Count} documents, {corpus.Provisions} articles, {megabytes:F1} MB UTF-8, from {corpus.Source} (generated in {clock.Elapsed.TotalSeconds:F1} s)");

// The same provisions as rows for the peers (plain FTS5, Lucene.Net): title, heading, body per unit, prepared untimed.
var rows = new List<PeerUnit>();
foreach (var document in corpus.Documents)
{
    foreach (var segment in DocumentSegmenter.Segment(document.Text, StructureParser.Parse(document.Text)))
    {
        var heading = segment.HeadingEnd > segment.HeadingStart ? document.Text[segment.HeadingStart..segment.HeadingEnd] : string.Empty;
        rows.Add(new PeerUnit($"{rows.Count}", document.Title ?? string.Empty, heading, document.Text[segment.BodyStart..segment.End]));
    }
}

Console.WriteLine($"units: {rows.Count} (articles plus preambles)");
Console.WriteLine();

// The three builds alternate, `rounds` times each, and the best time of each counts: this machine's speed
// varies by ±20% from minute to minute, and alternating exposes all to the same conditions.
var plainPath = Path.Combine(work, "plain.db");
var oursDirectory = Path.Combine(work, "lawmonitor");
double plainSeconds = double.MaxValue, oursSeconds = double.MaxValue, luceneSeconds = double.MaxValue;
LegalIndex ours = null!;
using var lucene = new LucenePeer(Path.Combine(work, "lucene"));
// --queries-only (with --reuse): the three indexes of an earlier run in the same --work, queried again (another postings budget, say).
var queriesOnly = args.Contains("--queries-only");
var peers = !args.Contains("--skip-peers");
if (queriesOnly)
{
    (rounds, ours) = (0, LegalIndex.Open(oursDirectory, postingsMb * 1024L * 1024));
    if (peers)
    {
        lucene.Open();
    }
}

for (var round = 0; round < rounds; round++)
{
    foreach (var file in Directory.GetFiles(work, "plain.db*"))
    {
        File.Delete(file);
    }

    if (peers)
    {
        plainSeconds = Math.Min(plainSeconds, IndexPlain(plainPath, rows));
        GC.Collect();
        luceneSeconds = Math.Min(luceneSeconds, lucene.Build(rows));
        GC.Collect();
    }

    SqliteConnection.ClearAllPools();
    if (Directory.Exists(oursDirectory))
    {
        Directory.Delete(oursDirectory, recursive: true);
    }

    ours = LegalIndex.Open(oursDirectory, postingsMb * 1024L * 1024);
    clock.Restart();
    BulkLoader.Load(ours, corpus.Documents);
    oursSeconds = Math.Min(oursSeconds, clock.Elapsed.TotalSeconds);

    Console.WriteLine(peers
        ? $"round {round + 1}: plain {plainSeconds:F1} s, Lucene.Net {luceneSeconds:F1} s, LawMonitor {clock.Elapsed.TotalSeconds:F1} s (best so far)"
        : $"round {round + 1}: LawMonitor {clock.Elapsed.TotalSeconds:F1} s");
    GC.Collect();
}

if (!queriesOnly)
{
    Console.WriteLine();
    Console.WriteLine("## Indexing");
    Console.WriteLine();
    Console.WriteLine($"Best of {rounds} alternating rounds each.");
    Console.WriteLine();
    Console.WriteLine("| index | seconds | MB/s of text | provisions/s | index MB | bytes per unit |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|");
    Checkpoint(ours.DatabasePath);
    if (peers)
    {
        Checkpoint(plainPath);
        IndexRow("plain FTS5 (unicode61)", plainSeconds, FileMb(plainPath));
        IndexRow("Lucene.Net 4.8 (same analysis, BM25)", luceneSeconds, lucene.SizeOnDisk / 1e6);
    }

    IndexRow("LawMonitor", oursSeconds, FileMb(ours.DatabasePath));
    if (peers)
    {
        Console.WriteLine($"| **speed LawMonitor / plain · / Lucene.Net** | | **{plainSeconds / oursSeconds:F2}× · {luceneSeconds / oursSeconds:F2}×** | | | |");
    }

    Console.WriteLine();
}

var health = IndexVerifier.Verify(ours);
Console.WriteLine($"index verified: {(health.Ok ? "ok" : string.Join("; ", health.Problems))}, {health.Documents} documents, {health.Units} units");
Console.WriteLine();

var (typical, common) = corpus.Queries(queryCount);
var questions = Questions(root, Arg("--questions", 50));
var engine = new SearchEngine(ours);
using var plain = new SqliteConnection($"Data Source={plainPath}");
plain.Open();

Console.WriteLine("## Query latency (ms), top 10, warm");
Console.WriteLine();
Console.WriteLine("| query set | engine | n | p50 | p95 | p99 | mean | mean hits |");
Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
// Quoted phrases: the common terms of two words or more, and the first three words of typical queries, in quotes.
var quoted = common.Where(q => q.Contains(' ', StringComparison.Ordinal))
    .Concat(typical.Take(100).Select(q => string.Join(' ', q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))))
    .Select(q => "\"" + q + "\"").ToList();
const string QuotedSet = "quoted phrases";
var sets = new List<(string Name, List<string> Queries)> { ("3–8 words (headings and text windows)", typical), ("common terms", common), (QuotedSet, quoted) };
if (questions.Count > 0)
{
    sets.Add(("questions (alqac-dev, with and without diacritics)", questions));
}

var viaFts5 = new SearchEngine(ours) { UsePostings = false };

foreach (var (name, set) in sets)
{
    if (peers)
    {
        Report(name, "plain FTS5 bm25, AND", set, q => PlainSearch(plain, q));
        Report(name, "Lucene.Net, top 10", set, q => lucene.Search(q, 10).Count);
        Report(name, "Lucene.Net, top 10 + stored text + highlighter", set, q => lucene.Search(q, 10, snippets: true).Count);
    }

    // A search whose lists are not cached yet is answered by FTS5 while they are read in the background: the
    // warming pass waits for that reader, so the timed pass measures the cache it filled.
    void ListsRead() => ours.Postings.ReadLater([]).Wait();
    if (name == QuotedSet)
    {
        // Quoted phrases were answered by FTS5 and lm_rank until 2026-12-06; the same index, that path, this run.
        Report(name, "LawMonitor, full, FTS5 + lm_rank (postings off)", set, q => viaFts5.Search(new SearchRequest { Query = q }).Hits.Count);
    }

    Report(name, "LawMonitor, no facets", set, q => engine.Search(new SearchRequest { Query = q, IncludeFacets = false }).Hits.Count, ListsRead);
    Report(name, "LawMonitor, full (facets + snippets)", set, q => engine.Search(new SearchRequest { Query = q }).Hits.Count, ListsRead);
}

Console.WriteLine();
Console.WriteLine("Where LawMonitor's full answer spends its time (mean ms per stage, warm):");
string[] Stages = ["rank", "relax", "references", "rerank", "facets", "hits"]; // as SearchEngine times them, in order
Console.WriteLine();
Console.WriteLine("| query set | " + string.Join(" | ", Stages) + " | matches scored |");
Console.WriteLine("|---|" + string.Concat(Stages.Select(_ => "---:|")) + "---:|");
foreach (var (name, set) in sets)
{
    var sums = new double[Stages.Length];
    long matched = 0, scored = 0;
    foreach (var q in set)
    {
        var result = engine.Search(new SearchRequest { Query = q });
        (matched, scored) = (matched + result.TotalHits, scored + result.UnitsScored);
        var timings = result.Timings;
        for (var i = 0; i < Stages.Length; i++)
        {
            sums[i] += timings.GetValueOrDefault(Stages[i]);
        }
    }

    Console.WriteLine($"| {name} | " + string.Join(" | ", sums.Select(v => (v / set.Count).ToString("F2", CultureInfo.InvariantCulture))) + $" | {100.0 * scored / Math.Max(1, matched):F0}% |");
}

Console.WriteLine();
Console.WriteLine($"postings cache after the runs: {ours.Postings.Count} lists, {ours.Postings.Bytes / 1e6:F0} MB of a {ours.Postings.BudgetBytes / 1e6:F0} MB budget");
Console.WriteLine();
var threads = Arg("--threads", 8);
var seconds = Arg("--seconds", 10);
Console.WriteLine($"## Throughput, {threads} threads, {seconds} s each, 3–8-word queries (snippets, no facets)");
Console.WriteLine();
Console.WriteLine("| engine | queries/s | p50 ms | p95 ms |");
Console.WriteLine("|---|---:|---:|---:|");
if (peers)
{
    Throughput("plain FTS5 bm25, AND (a connection per thread)", typical, threads, seconds, () =>
    {
        var connection = new SqliteConnection($"Data Source={plainPath}");
        connection.Open();
        return q => PlainSearch(connection, q);
    });
    Throughput("Lucene.Net, top 10 + highlighter", typical, threads, seconds, () => q => lucene.Search(q, 10, snippets: true).Count);
}

Throughput("LawMonitor, no facets", typical, threads, seconds, () => q => engine.Search(new SearchRequest { Query = q, IncludeFacets = false }).Hits.Count);
Console.WriteLine();
using var self = Process.GetCurrentProcess();
Console.WriteLine($"peak working set {self.PeakWorkingSet64 / 1e6:F0} MB, allocated {GC.GetTotalAllocatedBytes() / 1e9:F1} GB");
Console.WriteLine("common-term queries: " + string.Join(", ", common.Select(q => $"\"{q}\"")));
return 0;

void IndexRow(string name, double seconds, double indexMb) =>
    Console.WriteLine($"| {name} | {seconds:F1} | {megabytes / seconds:F2} | {corpus.Provisions / seconds:F0} | {indexMb:F0} | {indexMb * 1e6 / rows.Count:F0} |");

static void Throughput(string engine, List<string> queries, int threads, int seconds, Func<Func<string, int>> runner)
{
    var times = new List<double>[threads];
    var deadline = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(() =>
    {
        var run = runner();
        var mine = times[t] = [];
        for (var i = t; deadline.Elapsed.TotalSeconds < seconds; i++)
        {
            var clock = Stopwatch.StartNew();
            run(queries[i % queries.Count]);
            mine.Add(clock.Elapsed.TotalMilliseconds);
        }
    }, TaskCreationOptions.LongRunning)).ToArray();
    Task.WaitAll(workers);
    var all = times.SelectMany(t => t).Order().ToList();
    double P(double p) => all[Math.Min(all.Count - 1, (int)Math.Ceiling(p * all.Count) - 1)];
    Console.WriteLine($"| {engine} | {all.Count / deadline.Elapsed.TotalSeconds:F0} | {P(0.50):F1} | {P(0.95):F1} |");
}

// The development questions (../shared/eval/alqac-dev, read in place), with and without diacritics: long, natural queries over the same sentences.
static List<string> Questions(string root, int perFile)
{
    var directory = Path.Combine(root, "..", "shared", "eval", "alqac-dev");
    return new[] { "queries.tsv", "queries-accentless.tsv" }.Select(f => Path.Combine(directory, f)).Where(File.Exists)
        .SelectMany(f => LawMonitor.Indexer.Evaluation.RelevanceEvaluator.ReadQueries(f).Take(perFile).Select(q => q.Text)).ToList();
}

static void Report(string set, string engine, List<string> queries, Func<string, int> run, Action? warmed = null)
{
    foreach (var q in queries)
    {
        run(q); // warm: every query once untimed, so caches (SQLite pages, postings, Lucene's) hold what the timed pass reads
    }

    if (warmed is not null)
    {
        // What the engine reads in the background for them is read, and the queries run once more from it, so
        // that what is derived from the lists (bigram bounds) is cached as well: before 2026-12-05 the first
        // timed LawMonitor row ran that pass and was 2× slower than the same row run again.
        warmed();
        foreach (var q in queries)
        {
            run(q);
        }
    }

    var times = new List<double>(queries.Count);
    long hits = 0;
    foreach (var q in queries)
    {
        var clock = Stopwatch.StartNew();
        hits += run(q);
        times.Add(clock.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    double P(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
    Console.WriteLine($"| {set} | {engine} | {times.Count} | {P(0.50):F1} | {P(0.95):F1} | {P(0.99):F1} | {times.Average():F1} | {(double)hits / times.Count:F1} |");
}

static double IndexPlain(string path, List<PeerUnit> rows)
{
    using var connection = new SqliteConnection($"Data Source={path}");
    connection.Open();
    using (var setup = connection.CreateCommand())
    {
        setup.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE VIRTUAL TABLE plain USING fts5(title, heading, body, tokenize='unicode61');";
        setup.ExecuteNonQuery();
    }

    var clock = Stopwatch.StartNew();
    for (var i = 0; i < rows.Count; i += 5000)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO plain(title, heading, body) VALUES ($t, $h, $b)";
        var t = insert.Parameters.Add("$t", SqliteType.Text);
        var h = insert.Parameters.Add("$h", SqliteType.Text);
        var b = insert.Parameters.Add("$b", SqliteType.Text);
        foreach (var row in rows.Skip(i).Take(5000))
        {
            (t.Value, h.Value, b.Value) = (row.Title, row.Heading, row.Body);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    return clock.Elapsed.TotalSeconds;
}

static int PlainSearch(SqliteConnection connection, string query)
{
    var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
        .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())).Where(w => w.Length > 0).ToList();
    if (words.Count == 0)
    {
        return 0;
    }

    // A query in quotes is one FTS5 phrase; else every word is required.
    var phrase = query.Length > 1 && query[0] == '"' && query[^1] == '"';
    using var command = connection.CreateCommand();
    command.CommandText = "SELECT rowid, snippet(plain, 2, '<mark>', '</mark>', '…', 24) FROM plain WHERE plain MATCH $q ORDER BY rank LIMIT 10";
    command.Parameters.AddWithValue("$q", phrase ? "\"" + string.Join(' ', words) + "\"" : string.Join(" AND ", words.Select(w => "\"" + w + "\"")));
    using var reader = command.ExecuteReader();
    var n = 0;
    while (reader.Read())
    {
        n++;
    }

    return n;
}

// The write-ahead log folded into the database, so sizes compare files at rest.
static void Checkpoint(string path)
{
    using var connection = new SqliteConnection($"Data Source={path}");
    connection.Open();
    using var command = connection.CreateCommand();
    command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
    command.ExecuteNonQuery();
}

static double FileMb(string path) => (new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0)) / 1e6;

static string SqliteVersion()
{
    using var connection = new SqliteConnection("Data Source=:memory:");
    connection.Open();
    return connection.ServerVersion;
}

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

string ArgText(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LawMonitor.sln")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
