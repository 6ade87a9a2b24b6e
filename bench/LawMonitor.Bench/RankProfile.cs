using System.Diagnostics;
using System.Globalization;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Bench;

/// <summary>
/// Where a warm search spends its time, over the LawMonitor index of an earlier search benchmark in the same
/// <c>--work</c> folder (no rebuild): each query set searched <c>--passes</c> times after one warming pass,
/// then per set and by how many units match, the mean and p95 of the whole search and of each stage, the
/// share of matches scored, and the garbage collections the timed passes caused.
/// </summary>
internal static class RankProfile
{
    public static void Run(string root, string work, int provisions, int queryCount, int questionsPerFile, long postingsBytes, int passes)
    {
        var directory = Path.Combine(work, "lawmonitor");
        if (!File.Exists(Path.Combine(directory, LegalIndex.FileName)))
        {
            Console.Error.WriteLine($"no index in {directory}: run the search benchmark with --work {work} first");
            return;
        }

        var index = LegalIndex.Open(directory, postingsBytes);
        var engine = new SearchEngine(index) { ReadPostingsInline = true };
        var (typical, common) = SyntheticCorpus.Generate(provisions, root).Queries(queryCount);
        var sets = new List<(string Name, List<string> Queries)> { ("3–8 words", typical), ("common terms", common) };
        var questions = Path.Combine(root, "..", "shared", "eval", "alqac-dev");
        if (questionsPerFile > 0 && Directory.Exists(questions))
        {
            sets.Add(("questions", new[] { "queries.tsv", "queries-accentless.tsv" }.Select(f => Path.Combine(questions, f)).Where(File.Exists)
                .SelectMany(f => LawMonitor.Indexer.Evaluation.RelevanceEvaluator.ReadQueries(f).Take(questionsPerFile).Select(q => q.Text)).ToList()));
        }

        Console.WriteLine($"# Search profile — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {passes} timed passes");
        Console.WriteLine();
        Console.WriteLine("| set | matches | queries | search mean | p95 | rank | relax | rerank | facets | hits | scored | gen0/1/2 GCs |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var slowestLines = new List<string>();
        foreach (var (name, queries) in sets)
        {
            foreach (var q in queries)
            {
                engine.Search(new SearchRequest { Query = q });
            }

            var rows = new List<(long Matches, long Scored, double Ms, IReadOnlyDictionary<string, double> Stages)>();
            var slowest = new List<(double Ms, string Query, long Matches, long Scored)>();
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            for (var pass = 0; pass < passes; pass++)
            {
                foreach (var q in queries)
                {
                    var started = Stopwatch.GetTimestamp();
                    var result = engine.Search(new SearchRequest { Query = q });
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    rows.Add((result.TotalHits, result.UnitsScored, ms, result.Timings));
                    slowest.Add((ms, q, result.TotalHits, result.UnitsScored));
                }
            }

            var gcText = $"{GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}";
            foreach (var (band, lo, hi) in new[] { ("all", 0L, long.MaxValue), ("< 1,000", 0L, 1_000L), ("1,000–20,000", 1_000L, 20_000L), ("20,000–200,000", 20_000L, 200_000L), ("≥ 200,000", 200_000L, long.MaxValue) })
            {
                var bucket = rows.Where(r => r.Matches >= lo && r.Matches < hi).ToList();
                if (bucket.Count == 0)
                {
                    continue;
                }

                var sorted = bucket.Select(r => r.Ms).Order().ToList();
                var p95 = sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.95 * sorted.Count) - 1)];
                string Stage(string stage) => bucket.Average(r => r.Stages.GetValueOrDefault(stage)).ToString("F2", CultureInfo.InvariantCulture);
                var scored = 100.0 * bucket.Sum(r => Math.Max(0, r.Scored)) / Math.Max(1, bucket.Sum(r => r.Matches));
                Console.WriteLine($"| {name} | {band} | {bucket.Count / passes} | {bucket.Average(r => r.Ms):F2} | {p95:F2} | {Stage("rank")} | {Stage("relax")} | {Stage("rerank")} | {Stage("facets")} | {Stage("hits")} | {scored:F0}% | {(band == "all" ? gcText : string.Empty)} |");
            }

            foreach (var (ms, q, matchCount, scoredCount) in slowest.OrderByDescending(s => s.Ms).DistinctBy(s => s.Query).Take(3))
            {
                slowestLines.Add($"- {name}, {ms:F1} ms, {matchCount} matches, {scoredCount} scored: \"{q}\"");
            }
        }

        Console.WriteLine();
        Console.WriteLine("Slowest queries:");
        slowestLines.ForEach(Console.WriteLine);
        Console.WriteLine();
        Console.WriteLine($"postings cache: {index.Postings.Count} word lists and {index.Postings.PairCount} pairs, {index.Postings.Bytes / 1e6:F0} MB of a {index.Postings.BudgetBytes / 1e6:F0} MB budget");
    }
}
