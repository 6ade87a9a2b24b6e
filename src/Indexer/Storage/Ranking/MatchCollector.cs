namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// Counts, during the ranking pass, every matching unit and the documents they belong to, so that totals
/// and facets need no second pass over the matches. The query names it as <c>lm_rank</c>'s third argument
/// (<see cref="Sqlite.CallbackTarget"/>); it also lends the function its scratch buffer for positions.
/// </summary>
internal sealed class MatchCollector
{
    private readonly List<long> documents = [];
    private bool unordered;

    /// <summary>Scratch space for a row's word positions while <c>lm_rank</c> scores it (grown as needed, reused).</summary>
    internal int[] Positions { get; set; } = new int[256];

    /// <summary>Matching units seen.</summary>
    public long Units { get; private set; }

    /// <summary>Matching units scored from cached postings (the others only counted), for diagnosis.</summary>
    public long Scored { get; set; }

    /// <summary>The ids of the documents with a matching unit, ascending, each once.</summary>
    public IReadOnlyList<long> Documents
    {
        get
        {
            if (unordered)
            {
                // Rows came out of rowid order (not the way FTS5 or the postings deliver them): sort once.
                var distinct = documents.Distinct().Order().ToList();
                documents.Clear();
                documents.AddRange(distinct);
                unordered = false;
            }

            return documents;
        }
    }

    /// <summary>Forgets everything recorded (when a ranking pass is abandoned for another).</summary>
    public void Clear()
    {
        documents.Clear();
        unordered = false;
        Units = 0;
        Scored = 0;
    }

    /// <summary>Records <paramref name="units"/> matching units of the documents <paramref name="ids"/> (ascending, each once) at a time.</summary>
    public void Record(long units, IReadOnlyCollection<long> ids)
    {
        Units += units;
        unordered |= documents.Count > 0;
        documents.AddRange(ids);
    }

    /// <summary>Records a matching row (rows arrive in rowid order, so a document's units come together).</summary>
    public void Add(long rowId)
    {
        Units++;
        var document = LengthNorm.DocumentId(rowId);
        var last = documents.Count - 1;
        if (last >= 0 && documents[last] >= document)
        {
            unordered |= documents[last] != document;
            if (!unordered)
            {
                return;
            }
        }

        documents.Add(document);
    }
}
