namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>What the <see cref="PostingsCache"/> holds for one generation: a word's posting list, or the impacts of a word pair derived from two of them.</summary>
internal abstract class CachedPostings
{
    /// <summary>Memory it takes, for the cache's budget.</summary>
    public abstract long Bytes { get; }

    /// <summary>
    /// The first index at or after <paramref name="from"/> whose value in <paramref name="ordinals"/> (ascending)
    /// is at least <paramref name="ordinal"/>: galloping, then a binary search, so cheap both for the next unit
    /// and for a long jump.
    /// </summary>
    public static int Seek(int[] ordinals, int from, int ordinal)
    {
        if (from >= ordinals.Length || ordinals[from] >= ordinal)
        {
            return from;
        }

        var low = from;
        var step = 1;
        var high = from + 1;
        while (high < ordinals.Length && ordinals[high] < ordinal)
        {
            low = high;
            step <<= 1;
            high = from + step;
        }

        high = Math.Min(high, ordinals.Length);

        // ordinals[low] < ordinal; the answer is in (low, high].
        while (low + 1 < high)
        {
            var middle = low + ((high - low) >> 1);
            if (ordinals[middle] < ordinal)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }
}
