using LawMonitor.Indexer.Evaluation;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Evaluation;

/// <summary>
/// The relevance target of the search core on ../shared/eval/alqac-dev (read in place, never copied):
/// nDCG@10 ≥ 0.90 with and without diacritics. Skipped, saying so, when ../shared is absent.
/// </summary>
public sealed class AlqacEvaluationTests
{
    [SharedDataFact]
    public async Task Eval_QueriesWithDiacritics_ReachNdcg090()
    {
        var report = await RunAsync("queries.tsv");
        Assert.Equal(100, report.Queries);
        Assert.True(report.NdcgAt10 >= 0.90, $"nDCG@10 = {report.NdcgAt10:F4}");
    }

    [SharedDataFact]
    public async Task Eval_AccentlessQueries_ReachNdcg090()
    {
        var report = await RunAsync("queries-accentless.tsv");
        Assert.True(report.NdcgAt10 >= 0.90, $"nDCG@10 = {report.NdcgAt10:F4}");
    }

    private static async Task<EvaluationReport> RunAsync(string queries)
    {
        using var work = new TempDirectory();
        var dir = SharedData.PathOf("eval", "alqac-dev");
        return await RelevanceEvaluator.RunAsync(Path.Combine(dir, "corpus.jsonl"), Path.Combine(dir, queries), Path.Combine(dir, "qrels.txt"), Path.Combine(work.Path, "index"));
    }
}
