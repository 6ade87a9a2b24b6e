using System.Numerics;

namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// The units one token occurs in, as ordinals into the generation's <see cref="PostingUniverse"/> (ascending,
/// so in FTS rowid order), with its positions in each (packed as <see cref="Ranking.RankScore.Pack"/> does,
/// ascending): what FTS5 holds for the token, in arrays a search can intersect and score without stepping
/// through FTS5's doclists again. A list holding many of the units also has a bitmap with rank counts, so
/// "does unit o have this word, and where are its positions" is one bit test and one popcount. Immutable.
/// </summary>
internal sealed class PostingList : CachedPostings
{
    /// <summary>Lists holding at least 1/<c>DenseRatio</c> of the units get a bitmap.</summary>
    public const int DenseRatio = 32;

    private readonly ulong[]? bits;
    private readonly int[]? ranks;
    private readonly int universeSize;
    private Impacts? impacts;

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
        this.universeSize = universeSize;
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

    /// <summary>Memory the arrays take, for the cache's budget (with the impacts, computed on first use: a byte per entry and per block).</summary>
    public override long Bytes => (Ordinals.Length * 5L) + (Starts.Length * 4L) + (Positions.Length * 4L) + ((bits?.Length ?? 0) * 12L) + ((universeSize + 63) >> 6) + 96;

    /// <summary>
    /// Each entry's BM25 saturation <c>tf·(k1+1)/(tf+norm)</c> under <paramref name="parameters"/>, quantised
    /// upwards to a byte (<see cref="ImpactParameters.Quantise"/>), and the greatest of each block of 64 units:
    /// bounds on what this word adds to a unit's score, per unit of its idf, read without walking positions.
    /// Computed on first use for the parameters (which hold for a generation, as the list does) and kept.
    /// </summary>
    public Impacts ImpactsUnder(in ImpactParameters parameters, PostingUniverse universe)
    {
        var known = impacts;
        if (known is null || known.Parameters != parameters)
        {
            var values = new byte[Ordinals.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var tf = 0.0;
                for (var k = Starts[i]; k < Starts[i + 1]; k++)
                {
                    tf += parameters.Weight(Positions[k] >> 24);
                }

                values[i] = parameters.Quantise(tf, universe.RowIds[Ordinals[i]]);
            }

            impacts = known = Impacts.Of(parameters, Ordinals, values, universeSize);
        }

        return known;
    }

    /// <summary>The entry of unit <paramref name="ordinal"/>, or -1, in any order of asking (a bit test or a binary search).</summary>
    public int Find(int ordinal)
    {
        if (bits is not null)
        {
            return IndexOf(ordinal);
        }

        var i = Array.BinarySearch(Ordinals, ordinal);
        return i >= 0 ? i : -1;
    }

    /// <summary>The entry of unit <paramref name="ordinal"/>, or -1; only for a dense list.</summary>
    public int IndexOf(int ordinal)
    {
        var word = bits![ordinal >> 6];
        var bit = 1UL << (ordinal & 63);
        return (word & bit) == 0 ? -1 : ranks![ordinal >> 6] + BitOperations.PopCount(word & (bit - 1));
    }

    /// <summary>The first entry at or after <paramref name="from"/> whose ordinal is at least <paramref name="ordinal"/> (see <see cref="CachedPostings.Seek"/>).</summary>
    public int Seek(int from, int ordinal) => Seek(Ordinals, from, ordinal);
}
