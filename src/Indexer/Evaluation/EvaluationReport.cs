namespace LawMonitor.Indexer.Evaluation;

/// <summary>Mean metrics over a query set.</summary>
/// <param name="Queries">Queries evaluated (those with relevance judgements).</param>
/// <param name="NdcgAt10">Mean nDCG@10.</param>
/// <param name="RecallAt10">Mean Recall@10.</param>
/// <param name="MrrAt10">Mean reciprocal rank within 10.</param>
/// <param name="Relaxed">Queries answered by relaxing to any word.</param>
/// <param name="IndexSeconds">Time to build the index.</param>
/// <param name="QuerySeconds">Time to run all queries.</param>
public sealed record EvaluationReport(int Queries, double NdcgAt10, double RecallAt10, double MrrAt10, int Relaxed, double IndexSeconds, double QuerySeconds)
{
    /// <summary>nDCG@10 by query length in words ("< 15", "15–39", "≥ 40"), with the number of queries in each band.</summary>
    public IReadOnlyList<LengthBandResult> ByLength { get; init; } = [];

    /// <summary>Queries in which a document or provision was recognised by name or number.</summary>
    public int WithReferences { get; init; }
}
