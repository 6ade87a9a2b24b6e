namespace LawMonitor.Indexer.Storage.Postings;

/// <summary>
/// The units where one word is directly followed by another (a bigram of a rank plan), with the bigram's BM25
/// saturation in each, quantised upwards to a byte as <see cref="PostingList.ImpactsUnder"/> does for words. Derived
/// from the two words' posting lists, without reading FTS5, and cached beside them: with it a search bounds a
/// unit's bigram score by what the unit holds, not by what its second word could give. Immutable.
/// </summary>
internal sealed class PairImpacts : CachedPostings
{
    private PairImpacts(int[] ordinals, Impacts impacts)
    {
        Ordinals = ordinals;
        Impacts = impacts;
    }

    /// <summary>The parameters the impacts were computed under.</summary>
    public ImpactParameters Parameters => Impacts.Parameters;

    /// <summary>Units holding the pair, ascending.</summary>
    public int[] Ordinals { get; }

    /// <summary>The pair's quantised saturation in each unit of <see cref="Ordinals"/>, and in each block at most.</summary>
    public Impacts Impacts { get; }

    /// <inheritdoc />
    public override long Bytes => (Ordinals.Length * 5L) + Impacts.BlockMax.Length + 64;

    /// <summary>
    /// The pair <paramref name="first"/> then <paramref name="second"/>: in each unit holding both, the occurrences
    /// of the second word whose position directly follows one of the first (the test <c>lm_rank</c> makes), each
    /// weighed by its column.
    /// </summary>
    public static PairImpacts Derive(PostingList first, PostingList second, in ImpactParameters parameters, PostingUniverse universe)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        ArgumentNullException.ThrowIfNull(universe);

        // Walk the shorter list and find each unit in the longer one (a bit test when dense, else galloping).
        var (shorter, longer) = first.Count <= second.Count ? (first, second) : (second, first);
        var ordinals = new List<int>();
        var impacts = new List<byte>();
        var cursor = 0;
        for (var i = 0; i < shorter.Count; i++)
        {
            var unit = shorter.Ordinals[i];
            int other;
            if (longer.IsDense)
            {
                other = longer.IndexOf(unit);
            }
            else
            {
                cursor = longer.Seek(cursor, unit);
                other = cursor < longer.Count && longer.Ordinals[cursor] == unit ? cursor : -1;
            }

            if (other < 0)
            {
                continue;
            }

            var (a, b) = ReferenceEquals(shorter, first) ? (i, other) : (other, i);
            var tf = Adjacent(first, a, second, b, parameters);
            if (tf > 0)
            {
                ordinals.Add(unit);
                impacts.Add(parameters.Quantise(tf, universe.RowIds[unit]));
            }
        }

        int[] units = [.. ordinals];
        return new PairImpacts(units, Impacts.Of(parameters, units, [.. impacts], universe.Count));
    }

    /// <summary>The weighted frequency of the pair in one unit: entry <paramref name="a"/> of the first list, <paramref name="b"/> of the second.</summary>
    private static double Adjacent(PostingList first, int a, PostingList second, int b, in ImpactParameters parameters)
    {
        int i = first.Starts[a], iEnd = first.Starts[a + 1], j = second.Starts[b], jEnd = second.Starts[b + 1];
        var tf = 0.0;
        while (i < iEnd && j < jEnd)
        {
            var want = second.Positions[j] - 1;
            if (first.Positions[i] < want)
            {
                i++;
            }
            else
            {
                if (first.Positions[i] == want)
                {
                    tf += parameters.Weight(second.Positions[j] >> 24);
                }

                j++;
            }
        }

        return tf;
    }
}
