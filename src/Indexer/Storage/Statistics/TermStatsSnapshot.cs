namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// Document frequencies as of one index generation, for ranking: how many units contain a word, a bigram or a
/// key, how many units there are and how long they are on average.
/// </summary>
internal sealed class TermStatsSnapshot(TermStatsRun totals, long generation)
{
    /// <summary>Statistics of an empty index.</summary>
    public static TermStatsSnapshot Empty { get; } = new(TermStatsRun.Empty, 0);

    /// <summary>The index generation these statistics describe.</summary>
    public long Generation => generation;

    /// <summary>The merged run behind the snapshot.</summary>
    public TermStatsRun Totals => totals;

    /// <summary>Number of units.</summary>
    public long Units => totals.Units;

    /// <summary>Average unit length in words.</summary>
    public double AverageLength => totals.Units > 0 ? (double)totals.Tokens / totals.Units : 1;

    /// <summary>Number of units containing <paramref name="term"/>.</summary>
    public long DocumentFrequency(ulong term) => Math.Max(0, totals.CountOf(term));

    /// <summary>
    /// BM25's inverse document frequency, log((N − n + 0.5) / (n + 0.5)), floored at <see cref="MinimumIdf"/>
    /// so that a word in most units still counts a little.
    /// </summary>
    public double Idf(ulong term) => IdfOf(DocumentFrequency(term));

    /// <summary>
    /// The least weight a query word has, however common: 0.05, the IDF of a word in just under half the units. A query
    /// of words found nearly everywhere ("thi hành pháp luật" in a corpus about it) still gets scores that order
    /// and read as numbers, not all 0.00; rarer words keep their BM25 weight.
    /// </summary>
    internal const double MinimumIdf = 0.05;

    /// <summary>The IDF of a term found in <paramref name="documentFrequency"/> units.</summary>
    public double IdfOf(long documentFrequency)
    {
        var n = Math.Max(Units, documentFrequency);
        return Math.Max(MinimumIdf, Math.Log((n - documentFrequency + 0.5) / (documentFrequency + 0.5)));
    }
}
