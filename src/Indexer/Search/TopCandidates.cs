namespace LawMonitor.Indexer.Search;

/// <summary>
/// The best <c>limit</c> candidates offered, in the order of <c>ORDER BY score DESC, rowid</c>: a heap whose
/// root is the worst one kept.
/// </summary>
internal sealed class TopCandidates(int limit)
{
    private static readonly Comparer<SearchEngine.Candidate> WorstFirst = Comparer<SearchEngine.Candidate>.Create(
        static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.RowId.CompareTo(a.RowId));

    private readonly PriorityQueue<SearchEngine.Candidate, SearchEngine.Candidate> heap = new(WorstFirst);

    /// <summary>How many candidates are kept.</summary>
    public int Limit => limit;

    /// <summary>Whether as many candidates as asked for are kept.</summary>
    public bool IsFull => heap.Count >= limit && limit > 0;

    /// <summary>The worst candidate kept (only when <see cref="IsFull"/>).</summary>
    public SearchEngine.Candidate Worst => heap.Peek();

    /// <summary>Keeps <paramref name="candidate"/> if it is among the best so far.</summary>
    public void Offer(SearchEngine.Candidate candidate)
    {
        if (heap.Count < limit)
        {
            heap.Enqueue(candidate, candidate);
        }
        else if (limit > 0 && WorstFirst.Compare(candidate, heap.Peek()) > 0)
        {
            heap.EnqueueDequeue(candidate, candidate);
        }
    }

    /// <summary>The candidates kept, best first.</summary>
    public List<SearchEngine.Candidate> Sorted()
    {
        var sorted = heap.UnorderedItems.Select(i => i.Element).ToList();
        sorted.Sort((a, b) => WorstFirst.Compare(b, a));
        return sorted;
    }
}
