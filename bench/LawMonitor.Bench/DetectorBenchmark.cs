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
            new BatchIndexer(index).Index(corpus.Documents.Select(d => new JsonlRecord(0, d, null)));
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
