using System.Diagnostics;
using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Bench;

/// <summary>
/// The rank stage with and without cached postings, over the <c>--api</c> index (built by it, reused here):
/// 300 new queries searched by the engine as it ships (postings cached per generation) and by the plain
/// baseline in the same run (FTS5 and lm_rank over every match), first with an empty cache, then warm;
/// mean time per search and per rank stage by how many units match, and how many answers differ.
/// </summary>
internal static class SearchProfile
{
    public static void Run(string root, string work, int provisions)
    {
        var data = Path.Combine(work, "api");
        if (!File.Exists(Path.Combine(data, LegalIndex.FileName)))
        {
            Console.Error.WriteLine($"no index in {data}: run --api --reuse once to build it");
            return;
        }

        Console.WriteLine($"# Rank stage, FTS5 + lm_rank against cached postings — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var index = LegalIndex.Open(data);
        var queries = SyntheticCorpus.Generate(provisions, root).Queries(12_000).Typical.Distinct(StringComparer.Ordinal).Skip(400).Take(300).ToList();
        var fts = new SearchEngine(index) { UsePostings = false };
        var cached = new SearchEngine(index);
        Console.WriteLine();
        Console.WriteLine("| pass | matches per query | queries | FTS5 + lm_rank: search ms | rank ms | cached postings: search ms | rank ms | answers that differ |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|");
        var warmed = TimeSpan.Zero;
        foreach (var pass in new[] { "cold (empty cache)", "warm", "after a commit" })
        {
            if (pass == "after a commit")
            {
                // One more document committed: a new generation, whose lists are read again in the background.
                using (var writer = index.CreateWriter())
                {
                    writer.Upsert(new LegalDocument(DocumentId.Create("bench-commit-" + Guid.NewGuid().ToString("N")[..8]), "Điều 1. Phạm vi\nVăn bản thêm vào sau khi đo."));
                    var clock = Stopwatch.StartNew();
                    writer.Commit();
                    index.Postings.LastWarm.Wait();
                    warmed = clock.Elapsed;
                }
            }

            var rows = new List<(long Matches, double FtsSearch, double FtsRank, double Search, double Rank, bool Differ)>();
            foreach (var q in queries)
            {
                var request = new SearchRequest { Query = q, PageSize = 10 };
                var started = Stopwatch.GetTimestamp();
                var a = fts.Search(request);
                var ftsSearch = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                started = Stopwatch.GetTimestamp();
                var b = cached.Search(request);
                var search = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                var differ = a.TotalHits != b.TotalHits || a.TotalDocuments != b.TotalDocuments
                    || !a.Hits.Select(h => (h.DocumentId, h.Path, h.Score)).SequenceEqual(b.Hits.Select(h => (h.DocumentId, h.Path, h.Score)));
                rows.Add((b.TotalHits, ftsSearch, a.Timings.GetValueOrDefault("rank"), search, b.Timings.GetValueOrDefault("rank"), differ));
            }

            foreach (var (label, lo, hi) in new[] { ("all", 0L, long.MaxValue), ("< 1,000", 0L, 1000L), ("1,000–5,000", 1000L, 5000L), ("5,000–20,000", 5000L, 20_000L), ("≥ 20,000", 20_000L, long.MaxValue) })
            {
                var bucket = rows.Where(r => r.Matches >= lo && r.Matches < hi).ToList();
                if (bucket.Count > 0)
                {
                    Console.WriteLine($"| {pass} | {label} | {bucket.Count} | {bucket.Average(r => r.FtsSearch):F2} | {bucket.Average(r => r.FtsRank):F2} | {bucket.Average(r => r.Search):F2} | {bucket.Average(r => r.Rank):F2} | {bucket.Count(r => r.Differ)} |");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"after the commit, the {index.Postings.Count} lists used lately were read again in the background in {warmed.TotalSeconds:F1} s (the third pass ran after that)");
        Console.WriteLine($"cache after the passes: {index.Postings.Count} posting lists, {index.Postings.Bytes / 1048576.0:F0} MB (budget {index.Postings.BudgetBytes / 1048576} MB)");
    }
}
