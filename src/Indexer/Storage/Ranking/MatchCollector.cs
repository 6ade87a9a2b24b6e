namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// Counts, during the ranking pass, every matching unit and how many match per document, so that totals
/// and facets need no second pass over the matches. Installed for the current thread around one query.
/// </summary>
internal sealed class MatchCollector
{
    [ThreadStatic]
    private static MatchCollector? current;

    private readonly Dictionary<long, int> perDocument = [];
    private long lastDocument = -1;
    private int lastCount;

    /// <summary>The collector of the query running on this thread, if any.</summary>
    internal static MatchCollector? Current => current;

    /// <summary>Matching units seen.</summary>
    public long Units { get; private set; }

    /// <summary>Matching units per document id.</summary>
    public IReadOnlyDictionary<long, int> Documents
    {
        get
        {
            Flush();
            return perDocument;
        }
    }

    /// <summary>Forgets everything recorded (when a ranking pass is abandoned for another).</summary>
    public void Clear()
    {
        perDocument.Clear();
        Units = 0;
        lastDocument = -1;
        lastCount = 0;
    }

    /// <summary>Installs <paramref name="collector"/> on this thread until the scope is disposed.</summary>
    public static Scope Install(MatchCollector collector) => new(collector);

    /// <summary>Records a matching row (rows arrive in rowid order, so runs of one document are summed first).</summary>
    public void Add(long rowId)
    {
        Units++;
        var document = LengthNorm.DocumentId(rowId);
        if (document == lastDocument)
        {
            lastCount++;
            return;
        }

        Flush();
        lastDocument = document;
        lastCount = 1;
    }

    private void Flush()
    {
        if (lastDocument >= 0)
        {
            perDocument[lastDocument] = perDocument.GetValueOrDefault(lastDocument) + lastCount;
            lastDocument = -1;
            lastCount = 0;
        }
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
