using LawMonitor.Indexer.Evaluation;
using LawMonitor.Indexer.Tests.Support;

namespace LawMonitor.Indexer.Tests.Evaluation;

public sealed class RelevanceMetricsTests
{
    private static Qrels Judgements(string text)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "qrels.txt");
        File.WriteAllText(path, text);
        return Qrels.Load(path);
    }

    [Fact]
    public void Metrics_WorkedExample_MatchHandComputation()
    {
        var qrels = Judgements("q1 0 a 1\nq1 0 b 1\nq1 0 z 0\n");
        IReadOnlyList<string> ranked = ["x", "a", "y", "b"];

        // DCG = 1/log2(3) + 1/log2(5); IDCG = 1 + 1/log2(3)
        var expected = ((1 / Math.Log2(3)) + (1 / Math.Log2(5))) / (1 + (1 / Math.Log2(3)));
        Assert.Equal(expected, RelevanceMetrics.Ndcg(ranked, qrels, "q1", 10), 10);
        Assert.Equal(1.0, RelevanceMetrics.Recall(ranked, qrels, "q1", 10));
        Assert.Equal(0.5, RelevanceMetrics.Recall(ranked, qrels, "q1", 2));
        Assert.Equal(0.5, RelevanceMetrics.ReciprocalRank(ranked, qrels, "q1", 10));
        Assert.Equal(0.0, RelevanceMetrics.ReciprocalRank(ranked, qrels, "q1", 1));
    }

    [Fact]
    public void Qrels_MalformedLine_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => Judgements("q1 0 a 1\nbroken line\n"));
        Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
    }
}
