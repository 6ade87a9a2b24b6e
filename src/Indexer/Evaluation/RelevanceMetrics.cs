namespace LawMonitor.Indexer.Evaluation;

/// <summary>Standard rank metrics at a cut-off: nDCG (graded, log2 discount), recall and reciprocal rank.</summary>
public static class RelevanceMetrics
{
    /// <summary>nDCG@k of <paramref name="ranked"/> for <paramref name="query"/>.</summary>
    public static double Ndcg(IReadOnlyList<string> ranked, Qrels qrels, string query, int k)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += Gain(qrels.Relevance(query, ranked[i])) / Math.Log2(i + 2);
        }

        var ideal = qrels.IdealGrades(query);
        var idcg = 0.0;
        for (var i = 0; i < Math.Min(k, ideal.Count); i++)
        {
            idcg += Gain(ideal[i]) / Math.Log2(i + 2);
        }

        return idcg > 0 ? dcg / idcg : 0;
    }

    /// <summary>Recall@k.</summary>
    public static double Recall(IReadOnlyList<string> ranked, Qrels qrels, string query, int k)
    {
        var relevant = qrels.IdealGrades(query).Count;
        return relevant == 0 ? 0 : (double)ranked.Take(k).Count(d => qrels.Relevance(query, d) > 0) / relevant;
    }

    /// <summary>Reciprocal rank of the first relevant document within k (0 when none).</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, Qrels qrels, string query, int k)
    {
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (qrels.Relevance(query, ranked[i]) > 0)
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    private static double Gain(int relevance) => Math.Pow(2, relevance) - 1;
}
