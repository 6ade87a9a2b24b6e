using System.Diagnostics;
using LawMonitor.Indexer.Analysis;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Monitoring.Detectors;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Bench;

/// <summary>
/// Detector runtime against corpus size: the generated corpus (real sentences recombined) indexed at 1/8,
/// 1/4, 1/2 and all of the requested provisions, then the overlap/contradiction detector (MinHash + banded
/// buckets + exact verification), the lapsed-basis and the ended-programme detectors timed on each. Baseline in the same run: the
/// plain all-pairs comparison (exact Jaccard of shingle sets for every pair of articles) on the first
/// articles, extrapolated to each size — what a quadratic detector would cost.
/// </summary>
internal static class DetectorBenchmark
{
    public static void Run(string root, string work, int provisions)
    {
        Console.WriteLine($"# Detector benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var baselineArticles = 3000;
        var baselinePerPair = AllPairsSecondsPerPair(root, baselineArticles);
        Console.WriteLine($"plain all-pairs baseline: {baselineArticles} articles, {baselinePerPair * 1e9:F0} ns per pair (exact Jaccard of shingle sets)");
        Console.WriteLine();
        Console.WriteLine("| provisions | articles | units compared (clauses, points, items, articles without clauses) | overlap + contradiction s | findings | lapsed basis s | ended programmes s | all-pairs baseline s (extrapolated) | working set MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in new[] { provisions / 8, provisions / 4, provisions / 2, provisions })
        {
            var folder = Path.Combine(work, $"detect-{size}");
            var index = LegalIndex.Open(folder);
            var corpus = SyntheticCorpus.Generate(size, root);
            BulkLoader.Load(index, corpus.Documents);
            GC.Collect();
            var articles = index.Documents.Articles().Count();
            var units = OverlapDetector.CountUnits(index);
            var clock = Stopwatch.StartNew();
            var findings = OverlapDetector.Detect(index);
            var overlapSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            LapsedBasisDetector.Detect(index);
            var lapsedSeconds = clock.Elapsed.TotalSeconds;
            clock.Restart();
            EndedProgrammeDetector.Detect(index);
            var endedSeconds = clock.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            var pairs = (double)units * (units - 1) / 2;
            Console.WriteLine($"| {size} | {articles} | {units} | {overlapSeconds:F1} | {findings.Count} | {lapsedSeconds:F1} | {endedSeconds:F1} | {pairs * baselinePerPair:F0} | {process.PeakWorkingSet64 / 1048576.0:F0} |");
        }
    }

    /// <summary>
    /// Incremental detection at <paramref name="provisions"/>: the full run that also writes the stored units,
    /// then batches of about 250 provisions (about 10 documents) each added and detected incrementally, with the
    /// full in-memory run after the same batch as the baseline, and whether both found the same for the batch.
    /// </summary>
    public static void RunIncremental(string root, string work, int provisions, int batches)
    {
        Console.WriteLine($"# Incremental detection — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var folder = Path.Combine(work, $"incremental-{provisions}");
        var index = LegalIndex.Open(folder);
        var corpus = SyntheticCorpus.Generate(provisions, root);
        BulkLoader.Load(index, corpus.Documents);
        var store = DetectorUnitStore.Open(folder);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var first = OverlapDetector.DetectAll(index, store);
        var rebuild = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"index: {provisions} provisions, {store.Count()} stored units; full run writing the store (detect --all): {rebuild:F1} s, {first.Count} findings; detector.db {new FileInfo(Path.Combine(folder, DetectorUnitStore.FileName)).Length / 1048576.0:F0} MB");
        Console.WriteLine();
        Console.WriteLine("| batch | documents | provisions | incremental s | stages ms | units prepared | pairs verified | full run s | same findings for the batch |");
        Console.WriteLine("|---:|---:|---:|---:|---|---:|---:|---:|---|");
        for (var b = 1; b <= batches; b++)
        {
            var batch = SyntheticCorpus.Generate(250, root, seed: 500 + b).Documents
                .Select((d, i) => d with { Id = Indexer.Model.DocumentId.Create($"batch{b}/{i}"), Number = Indexer.Legal.DocumentNumberParser.TryParse($"{9000 + (b * 100) + i}/2026/QĐ-UBND") })
                .ToList();
            BulkLoader.Load(index, batch);
            var batchProvisions = batch.Sum(d => d.Text.Split("\nĐiều ").Length - 1);
            clock.Restart();
            var run = OverlapDetector.DetectChanged(index, store);
            var incremental = clock.Elapsed.TotalSeconds;
            clock.Restart();
            var full = OverlapDetector.Detect(index);
            var fullSeconds = clock.Elapsed.TotalSeconds;
            var ids = batch.Select(d => d.Id.Value).ToHashSet(StringComparer.Ordinal);
            var expected = full.Where(f => f.Provisions.Any(p => ids.Contains(p.DocumentId.Value))).Select(f => f.DetectorKey).Order(StringComparer.Ordinal).ToList();
            var got = run.Findings.Select(f => f.DetectorKey).Order(StringComparer.Ordinal).ToList();
            foreach (var missing in expected.Except(got).Take(3))
            {
                Console.Error.WriteLine("full only: " + missing);
            }

            foreach (var extra in got.Except(expected).Take(3))
            {
                Console.Error.WriteLine("incremental only: " + extra);
            }

            Console.WriteLine($"| {b} | {batch.Count} | {batchProvisions} | {incremental:F2} | {string.Join(", ", run.Stages.Select(kv => $"{kv.Key} {kv.Value:F0}"))} | {run.PreparedUnits} | {run.ComparedPairs} | {fullSeconds:F1} | {(expected.SequenceEqual(got) ? "yes" : "NO")} ({got.Count}) |");
        }
    }

    /// <summary>Seconds per pair of the plain all-pairs comparison, measured on the first <paramref name="count"/> articles of a generated corpus.</summary>
    private static double AllPairsSecondsPerPair(string root, int count)
    {
        var corpus = SyntheticCorpus.Generate(count, root, seed: 7);
        var sets = corpus.Documents
            .SelectMany(d => d.Text.Split("\nĐiều ", StringSplitOptions.RemoveEmptyEntries).Skip(1))
            .Take(count)
            .Select(article =>
            {
                var words = VietnameseAnalyzer.Tokenize(article).Where(t => !t.IsKey).Select(t => t.Folded).ToArray();
                return Enumerable.Range(0, Math.Max(0, words.Length - 4)).Select(i => string.Join(' ', words, i, 5)).ToHashSet(StringComparer.Ordinal);
            })
            .ToList();
        var clock = Stopwatch.StartNew();
        long compared = 0;
        var similar = 0;
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                var shared = sets[i].Count(sets[j].Contains);
                similar += shared * 2 > sets[i].Count + sets[j].Count - shared ? 1 : 0;
                compared++;
            }
        }

        GC.KeepAlive(similar);
        return clock.Elapsed.TotalSeconds / compared;
    }
}
