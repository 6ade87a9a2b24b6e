namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// Collects the rows <c>lm_positions</c> reports into a <see cref="PostingList"/>; the query names it as the
/// function's second argument (<see cref="Sqlite.CallbackTarget"/>).
/// </summary>
internal sealed class PostingListBuilder
{
    private readonly List<long> rowIds = [];
    private readonly List<int> starts = [];
    private readonly List<int> positions = [];

    /// <summary>Starts the next row; rows must come in ascending rowid order.</summary>
    public void BeginRow(long rowId)
    {
        if (rowIds.Count > 0 && rowId <= rowIds[^1])
        {
            throw new InvalidOperationException("rows must arrive in ascending rowid order");
        }

        rowIds.Add(rowId);
        starts.Add(positions.Count);
    }

    /// <summary>Adds a packed position to the current row.</summary>
    public void Add(int position) => positions.Add(position);

    /// <summary>The list collected, its units numbered by <paramref name="universe"/>.</summary>
    public PostingList Build(PostingUniverse universe)
    {
        var ordinals = new int[rowIds.Count];
        for (var i = 0; i < ordinals.Length; i++)
        {
            ordinals[i] = universe.OrdinalOf(rowIds[i]);
        }

        var ends = new int[starts.Count + 1];
        starts.CopyTo(ends);
        ends[^1] = positions.Count;
        return new PostingList(ordinals, ends, positions.ToArray(), universe.Count);
    }
}
