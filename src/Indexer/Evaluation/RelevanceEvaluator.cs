using System.Diagnostics;
using System.Globalization;
using LawMonitor.Indexer.Import;
using LawMonitor.Indexer.Ingestion;
using LawMonitor.Indexer.Parsing;
using LawMonitor.Indexer.Search;
using LawMonitor.Indexer.Storage;

namespace LawMonitor.Indexer.Evaluation;

/// <summary>
/// Builds a fresh index of a JSONL corpus, runs a TREC-style query set through the normal search path and
/// measures nDCG@10, Recall@10 and MRR@10 against qrels. Hits are provisions; each document counts once, at
/// the rank of its best provision.
/// </summary>
public static class RelevanceEvaluator
{
    /// <summary>Ranked documents kept per query in the run file.</summary>
    public const int RunDepth = 100;

    /// <summary>Runs the evaluation in <paramref name="workDirectory"/> (emptied first), importing the corpus as <c>index-jsonl</c> does.</summary>
    public static async Task<EvaluationReport> RunAsync(string corpusPath, string queriesPath, string qrelsPath, string workDirectory, string? runPath = null, CancellationToken cancellationToken = default)
    {
        var qrels = Qrels.Load(qrelsPath);
        var queries = ReadQueries(queriesPath);
        if (Directory.Exists(workDirectory))
        {
            Directory.Delete(workDirectory, recursive: true);
        }

        var indexClock = Stopwatch.StartNew();
        var index = LegalIndex.Open(workDirectory);
        var pipeline = new IngestPipeline(index, new RawFileStore(workDirectory), IngestLimits.Default) { BatchFiles = 5000 };
        var summary = await JsonlImport.ImportAsync(pipeline, corpusPath, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (summary.Failed > 0)
        {
            throw new InvalidDataException($"{summary.Failed} corpus lines could not be indexed; first: {summary.Errors[0].Message}");
        }

        indexClock.Stop();
        var engine = new SearchEngine(index);
        using var run = runPath is null ? null : new StreamWriter(runPath);
        double ndcg = 0, recall = 0, mrr = 0;
        var evaluated = 0;
        var relaxed = 0;
        var withReferences = 0;
        var bands = new Dictionary<string, (int Count, double Sum)>(StringComparer.Ordinal);
        var queryClock = Stopwatch.StartNew();
        foreach (var (qid, text) in queries)
        {
            var result = engine.Search(new SearchRequest { Query = text, PageSize = RunDepth, IncludeFacets = false, IncludeSnippets = false }, cancellationToken);
            var ranked = new List<(string Doc, double Score)>();
            foreach (var hit in result.Hits)
            {
                if (!ranked.Exists(r => r.Doc == hit.DocumentId.Value))
                {
                    ranked.Add((hit.DocumentId.Value, hit.Score));
                }
            }

            for (var i = 0; i < ranked.Count; i++)
            {
                run?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{qid} Q0 {ranked[i].Doc} {i + 1} {ranked[i].Score:F4} lawmonitor"));
            }

            if (!qrels.Queries.Contains(qid))
            {
                continue;
            }

            var docs = ranked.Select(r => r.Doc).ToList();
            var gain = RelevanceMetrics.Ndcg(docs, qrels, qid, 10);
            ndcg += gain;
            var band = LengthBand(Analysis.VietnameseAnalyzer.CountWords(text));
            bands[band] = (bands.GetValueOrDefault(band).Count + 1, bands.GetValueOrDefault(band).Sum + gain);
            withReferences += result.References.Count > 0 ? 1 : 0;
            recall += RelevanceMetrics.Recall(docs, qrels, qid, 10);
            mrr += RelevanceMetrics.ReciprocalRank(docs, qrels, qid, 10);
            relaxed += result.Relaxed ? 1 : 0;
            evaluated++;
        }

        var n = Math.Max(1, evaluated);
        string[] order = ["< 15", "15–39", "≥ 40"];
        return new EvaluationReport(evaluated, ndcg / n, recall / n, mrr / n, relaxed, indexClock.Elapsed.TotalSeconds, queryClock.Elapsed.TotalSeconds)
        {
            ByLength = order.Where(bands.ContainsKey).Select(b => new LengthBandResult(b, bands[b].Count, bands[b].Sum / bands[b].Count)).ToList(),
            WithReferences = withReferences,
        };
    }

    private static string LengthBand(int words) => words < 15 ? "< 15" : words < 40 ? "15–39" : "≥ 40";

    /// <summary>Reads <c>qid&lt;TAB&gt;text</c> lines.</summary>
    public static List<(string Id, string Text)> ReadQueries(string path)
    {
        var queries = new List<(string, string)>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"{path}:{n}: expected 'qid<TAB>query'");
            }

            queries.Add((line[..tab], line[(tab + 1)..]));
        }

        return queries;
    }
}
