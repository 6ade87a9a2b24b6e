using System.Diagnostics;
using System.Text;
using System.Text.Json;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Storage;
using Microsoft.Data.Sqlite;

namespace LawMonitor.Bench;

/// <summary>
/// <c>index-jsonl</c> as it is now, through the ingest pipeline (a version, the line kept as its original, the
/// provision tree and the citations of every record, 5,000 records a transaction), against the index writer
/// alone on the same documents (what <c>index-jsonl</c> did before, with no versions, originals or citations),
/// alternating the two for <c>--rounds</c> and keeping each one's best: records per second, MB/s of JSONL and
/// the data folder's size.
/// </summary>
internal static class JsonlImportBenchmark
{
    public static async Task RunAsync(string root, string work, int records, int rounds)
    {
        var corpus = SyntheticCorpus.Generate(records, root);
        var path = Path.Combine(work, "corpus.jsonl");
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            foreach (var document in corpus.Documents)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { id = document.Id.Value, text = document.Text, title = document.Title, type = document.Type, number = document.Number?.Display, issuer = document.Issuer }));
            }
        }

        var megabytes = new FileInfo(path).Length / 1048576.0;
        Console.WriteLine($"# JSONL import — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {corpus.Documents.Count:N0} records ({corpus.Provisions:N0} provisions), {megabytes:F1} MB of JSONL, best of {rounds}");
        Console.WriteLine();
        double writerSeconds = double.MaxValue, importSeconds = double.MaxValue;
        long writerBytes = 0, importBytes = 0;
        for (var round = 0; round < rounds; round++)
        {
            var plain = Fresh(work, "writer-only");
            var clock = Stopwatch.StartNew();
            BulkLoader.Load(LegalIndex.Open(plain), corpus.Documents);
            writerSeconds = Math.Min(writerSeconds, clock.Elapsed.TotalSeconds);
            writerBytes = FolderBytes(plain);

            var data = Fresh(work, "index-jsonl");
            var index = LegalIndex.Open(data);
            clock.Restart();
            var summary = await JsonlImport.ImportAsync(new IngestPipeline(index, new RawFileStore(data), IngestLimits.Default) { BatchFiles = 5000, BatchTime = TimeSpan.MaxValue }, path);
            importSeconds = Math.Min(importSeconds, clock.Elapsed.TotalSeconds);
            importBytes = FolderBytes(data);
            if (summary.Failed > 0 || summary.Added != corpus.Documents.Count)
            {
                throw new InvalidOperationException($"{summary.Added} added, {summary.Failed} failed: {(summary.Errors.Count > 0 ? summary.Errors[0].Message : "")}");
            }

            Console.WriteLine($"round {round + 1}: writer alone {writerSeconds:F1} s, index-jsonl {clock.Elapsed.TotalSeconds:F1} s");
        }

        Console.WriteLine();
        Console.WriteLine("| path | seconds | records/s | MB/s of JSONL | data folder |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine($"| index writer alone (before: no versions, originals or citations) | {writerSeconds:F1} | {corpus.Documents.Count / writerSeconds:N0} | {megabytes / writerSeconds:F1} | {writerBytes / 1048576.0:F0} MB |");
        Console.WriteLine($"| index-jsonl through the ingest pipeline | {importSeconds:F1} | {corpus.Documents.Count / importSeconds:N0} | {megabytes / importSeconds:F1} | {importBytes / 1048576.0:F0} MB |");
        Console.WriteLine($"ratio: {importSeconds / writerSeconds:F2}× the writer's time, {(double)importBytes / writerBytes:F2}× its size");
    }

    private static string Fresh(string work, string name)
    {
        SqliteConnection.ClearAllPools();
        var path = Path.Combine(work, name);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return path;
    }

    private static long FolderBytes(string path) =>
        Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
}
