namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// Counts, during the ranking pass, every matching unit and the documents they belong to, so that totals
/// and facets need no second pass over the matches. Installed for the current thread around one query.
/// </summary>
internal sealed class MatchCollector
{
    [ThreadStatic]
    private static MatchCollector? current;

    private readonly List<long> documents = [];
    private bool unordered;

    /// <summary>The collector of the query running on this thread, if any.</summary>
    internal static MatchCollector? Current => current;

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

    /// <summary>Installs <paramref name="collector"/> on this thread until the scope is disposed.</summary>
    public static Scope Install(MatchCollector collector) => new(collector);

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

    /// <summary>Uninstalls the collector when disposed.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly MatchCollector? previous;

        internal Scope(MatchCollector collector)
        {
            previous = current;
            current = collector;
        }

        public void Dispose() => current = previous;
    }
}
