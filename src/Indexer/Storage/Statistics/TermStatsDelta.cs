namespace LawMonitor.Indexer.Storage.Statistics;

/// <summary>
/// Changes to document frequencies made by one write batch: +1 for every distinct term of an added unit,
/// -1 for every distinct term of a removed one, with the change in unit count and total length.
/// </summary>
internal sealed class TermStatsDelta
{
    private readonly Dictionary<ulong, int> counts = [];

    /// <summary>Change in the number of units.</summary>
    public long Units { get; private set; }

    /// <summary>Change in the total length of units, in words.</summary>
    public long Tokens { get; private set; }

    /// <summary>Whether the batch changed nothing.</summary>
    public bool IsEmpty => Units == 0 && Tokens == 0 && counts.Count == 0;

    /// <summary>Counts a unit in (<paramref name="sign"/> = 1) or out (-1). <paramref name="distinctTerms"/> holds each term once.</summary>
    public void AddUnit(ReadOnlySpan<ulong> distinctTerms, int length, int sign)
    {
        Units += sign;
        Tokens += (long)length * sign;
        foreach (var term in distinctTerms)
        {
            ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _);
            c += sign;
        }
    }

    /// <summary>The non-zero changes sorted by term.</summary>
    public (ulong[] Terms, int[] Counts) ToSorted()
    {
        var terms = new List<ulong>(counts.Count);
        foreach (var (term, count) in counts)
        {
            if (count != 0)
            {
                terms.Add(term);
            }
        }

        var sortedTerms = terms.ToArray();
        Array.Sort(sortedTerms);
        var sortedCounts = new int[sortedTerms.Length];
        for (var i = 0; i < sortedTerms.Length; i++)
        {
            sortedCounts[i] = counts[sortedTerms[i]];
        }

        return (sortedTerms, sortedCounts);
    }

    /// <summary>Forgets everything counted.</summary>
    public void Clear()
    {
        counts.Clear();
        Units = 0;
        Tokens = 0;
    }
}
