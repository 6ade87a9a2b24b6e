using System.Numerics;

namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// The units one token occurs in, as ordinals into the generation's <see cref="PostingUniverse"/> (ascending,
/// so in FTS rowid order), with its positions in each (packed as <see cref="Ranking.RankScore.Pack"/> does,
/// ascending): what FTS5 holds for the token, in arrays a search can intersect and score without stepping
/// through FTS5's doclists again. A list holding many of the units also has a bitmap with rank counts, so
/// "does unit o have this word, and where are its positions" is one bit test and one popcount. Immutable.
/// </summary>
internal sealed class PostingList
{
    /// <summary>Lists holding at least 1/<c>DenseRatio</c> of the units get a bitmap.</summary>
    public const int DenseRatio = 32;

    private readonly ulong[]? bits;
    private readonly int[]? ranks;

    /// <summary>Creates a list over a universe of <paramref name="universeSize"/> units; <paramref name="starts"/> has one more entry than <paramref name="ordinals"/>.</summary>
    public PostingList(int[] ordinals, int[] starts, int[] positions, int universeSize)
    {
        if (starts.Length != ordinals.Length + 1)
        {
            throw new ArgumentException("starts must have one entry per unit plus one", nameof(starts));
        }

        Ordinals = ordinals;
        Starts = starts;
        Positions = positions;
        if (ordinals.Length > 0 && (long)ordinals.Length * DenseRatio >= universeSize)
        {
            bits = new ulong[(universeSize + 63) / 64];
            foreach (var o in ordinals)
            {
                bits[o >> 6] |= 1UL << (o & 63);
            }

            ranks = new int[bits.Length];
            var count = 0;
            for (var w = 0; w < bits.Length; w++)
            {
                ranks[w] = count;
                count += BitOperations.PopCount(bits[w]);
            }
        }
    }

    /// <summary>Unit ordinals, ascending.</summary>
    public int[] Ordinals { get; }

    /// <summary>Where the positions of entry <c>i</c> begin in <see cref="Positions"/>; entry <c>i</c> ends where <c>i + 1</c> begins.</summary>
    public int[] Starts { get; }

    /// <summary>Packed positions (column and offset), entry after entry.</summary>
    public int[] Positions { get; }

    /// <summary>Units in the list.</summary>
    public int Count => Ordinals.Length;

    /// <summary>Whether membership is a bit test (<see cref="IndexOf"/>) rather than a search.</summary>
    public bool IsDense => bits is not null;

    /// <summary>Bit <c>o</c> is set when unit <c>o</c> is in the list (only for a dense list; do not modify).</summary>
    public ulong[]? Bits => bits;

    /// <summary>Memory the arrays take, for the cache's budget.</summary>
    public long Bytes => (Ordinals.Length * 4L) + (Starts.Length * 4L) + (Positions.Length * 4L) + ((bits?.Length ?? 0) * 12L) + 96;

    /// <summary>The entry of unit <paramref name="ordinal"/>, or -1; only for a dense list.</summary>
    public int IndexOf(int ordinal)
    {
        var word = bits![ordinal >> 6];
        var bit = 1UL << (ordinal & 63);
        return (word & bit) == 0 ? -1 : ranks![ordinal >> 6] + BitOperations.PopCount(word & (bit - 1));
    }

    /// <summary>
    /// The first entry at or after <paramref name="from"/> whose ordinal is at least <paramref name="ordinal"/>
    /// (galloping, then binary search): cheap both for the next unit and for a long jump.
    /// </summary>
    public int Seek(int from, int ordinal)
    {
        var ids = Ordinals;
        if (from >= ids.Length || ids[from] >= ordinal)
        {
            return from;
        }

        var low = from;
        var step = 1;
        var high = from + 1;
        while (high < ids.Length && ids[high] < ordinal)
        {
            low = high;
            step <<= 1;
            high = from + step;
        }

        high = Math.Min(high, ids.Length);

        // ids[low] < ordinal; the answer is in (low, high].
        while (low + 1 < high)
        {
            var middle = low + ((high - low) >> 1);
            if (ids[middle] < ordinal)
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
