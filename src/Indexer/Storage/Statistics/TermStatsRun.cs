namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// A sorted run of (term, count) with unit and length totals: a stored delta, or the merge of several.
/// </summary>
/// <param name="Terms">Terms in ascending order, each once.</param>
/// <param name="Counts">The count for each term (a delta may be negative).</param>
/// <param name="Units">Number of units (or its change).</param>
/// <param name="Tokens">Total length in words (or its change).</param>
internal sealed record TermStatsRun(ulong[] Terms, int[] Counts, long Units, long Tokens)
{
    /// <summary>The empty run.</summary>
    public static TermStatsRun Empty { get; } = new([], [], 0, 0);

    /// <summary>Sums runs term by term, dropping terms whose total is zero.</summary>
    public static TermStatsRun Merge(IReadOnlyList<TermStatsRun> runs)
    {
        if (runs.Count == 0)
        {
            return Empty;
        }

        if (runs.Count == 1)
        {
            return runs[0];
        }

        var merged = runs[0];
        for (var i = 1; i < runs.Count; i++)
        {
            merged = MergeTwo(merged, runs[i]);
        }

        return merged;
    }

    private static TermStatsRun MergeTwo(TermStatsRun a, TermStatsRun b)
    {
        var terms = new ulong[a.Terms.Length + b.Terms.Length];
        var counts = new int[terms.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Terms.Length || j < b.Terms.Length)
        {
            ulong term;
            int count;
            if (j >= b.Terms.Length || (i < a.Terms.Length && a.Terms[i] < b.Terms[j]))
            {
                term = a.Terms[i];
                count = a.Counts[i++];
            }
            else if (i >= a.Terms.Length || b.Terms[j] < a.Terms[i])
            {
                term = b.Terms[j];
                count = b.Counts[j++];
            }
            else
            {
                term = a.Terms[i];
                count = a.Counts[i++] + b.Counts[j++];
            }

            if (count != 0)
            {
                terms[n] = term;
                counts[n++] = count;
            }
        }

        Array.Resize(ref terms, n);
        Array.Resize(ref counts, n);
        return new TermStatsRun(terms, counts, a.Units + b.Units, a.Tokens + b.Tokens);
    }

    /// <summary>The count of <paramref name="term"/>, 0 when absent.</summary>
    public int CountOf(ulong term)
    {
        var i = Array.BinarySearch(Terms, term);
        return i >= 0 ? Counts[i] : 0;
    }
}
