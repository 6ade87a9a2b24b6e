using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Ranking;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// Bounds on the scores of a query's matches, from impacts (<see cref="Impacts"/>, a byte per entry and per
/// block of 64 units, no positions read): a word adds at most its idf times its impact in the unit, a bigram
/// its idf times its own impact there (<see cref="PairImpacts"/>). Idf below zero counts as zero, so it only
/// loosens. A block's bound adds each source's greatest impact in the block; a unit's, its own.
/// </summary>
internal sealed unsafe class ScoreBounds
{
    private readonly Source[] sources;
    private readonly int[] cursors;

    private ScoreBounds(Source[] sources)
    {
        this.sources = sources;
        cursors = new int[sources.Length];
    }

    /// <summary>The impacts of the pair of lists <paramref name="first"/> then <paramref name="second"/> under <paramref name="parameters"/>.</summary>
    public delegate PairImpacts PairSource(int first, int second, in ImpactParameters parameters);

    /// <summary>
    /// The bounds of <paramref name="plan"/>'s score, whose words are the lists <paramref name="termLists"/>
    /// index; null when its length norm is outside what impacts describe (b outside [0, 1]).
    /// </summary>
    /// <param name="phrases">The quoted phrases and keys: each one's index among the plan's phrases and its list, bounded as a
    /// word is; a key also by the number boost of the units whose own number it is.</param>
    public static ScoreBounds? For(RankPlanView plan, ReadOnlySpan<double> columnWeight, PostingList[] lists, int[] termLists, PostingUniverse universe, PairSource pairs, (int PlanPhrase, int List)[]? phrases = null)
    {
        var h = plan.Header;
        if (h->B is < 0 or > 1 || !(h->K1 > 0) || !(h->AverageLength > 0))
        {
            return null;
        }

        var parameters = new ImpactParameters(h->K1, h->B, h->AverageLength, columnWeight[0], columnWeight[1], columnWeight[2], columnWeight[3], columnWeight[4]);
        var sources = new List<Source>();
        for (var t = 0; t < termLists.Length; t++)
        {
            var list = lists[termLists[t]];
            if (plan.TermIdf[t] > 0)
            {
                sources.Add(new Source(list.Ordinals, list.IsDense ? list : null, list.ImpactsUnder(parameters, universe), (float)(plan.TermIdf[t] * parameters.Step)));
            }
        }

        for (var p = 0; p < h->PairCount; p++)
        {
            var pair = plan.Pairs[p];
            if ((uint)pair.First < (uint)h->TermCount && (uint)pair.Second < (uint)h->TermCount && pair.Idf > 0)
            {
                var impacts = pairs(termLists[pair.First], termLists[pair.Second], parameters);
                sources.Add(new Source(impacts.Ordinals, null, impacts.Impacts, (float)(pair.Idf * parameters.Step)));
            }
        }

        foreach (var (planPhrase, l) in phrases ?? [])
        {
            var idf = plan.Phrases[planPhrase].Idf;
            var list = lists[l];
            if (idf > 0)
            {
                // A key's positions in the number column weigh there too: the bound only loosens.
                sources.Add(new Source(list.Ordinals, list.IsDense ? list : null, list.ImpactsUnder(parameters, universe), (float)(idf * parameters.Step)));
            }

            if ((PhraseRole)plan.Phrases[planPhrase].Role == PhraseRole.Key)
            {
                // The units whose own number the key is get the number boost: an impact of 255 each, weighing the boost.
                var own = new byte[list.Count];
                for (var i = 0; i < own.Length; i++)
                {
                    for (var k = list.Starts[i]; k < list.Starts[i + 1] && own[i] == 0; k++)
                    {
                        own[i] = (list.Positions[k] >> 24) == (int)IndexColumn.Number ? byte.MaxValue : (byte)0;
                    }
                }

                sources.Add(new Source(list.Ordinals, list.IsDense ? list : null, Impacts.Of(parameters, list.Ordinals, own, universe.Count), (float)(h->NumberBoost / byte.MaxValue * (1 + 1e-6))));
            }
        }

        return new ScoreBounds([.. sources]);
    }

    /// <summary>The most any unit of block <paramref name="block"/> (units <c>64·block</c> onward) can score.</summary>
    public float Block(int block)
    {
        var sum = 0f;
        foreach (var source in sources)
        {
            sum += source.Weight * source.Impacts.BlockMax[block];
        }

        return Widen(sum);
    }

    /// <summary>Places the sources at block <paramref name="block"/>; then <see cref="Unit"/> takes its units, ascending.</summary>
    public void Enter(int block)
    {
        var first = block << 6;
        for (var s = 0; s < sources.Length; s++)
        {
            if (sources[s].Dense is null)
            {
                cursors[s] = LowerBound(sources[s].Ordinals, first);
            }
        }
    }

    /// <summary>The most unit <paramref name="unit"/> of the block entered can score (units of the block ascending).</summary>
    public float Unit(int unit)
    {
        var sum = 0f;
        for (var s = 0; s < sources.Length; s++)
        {
            var source = sources[s];
            int entry;
            if (source.Dense is { } dense)
            {
                entry = dense.IndexOf(unit);
            }
            else
            {
                var ordinals = source.Ordinals;
                var i = cursors[s];
                while (i < ordinals.Length && ordinals[i] < unit)
                {
                    i++;
                }

                cursors[s] = i;
                entry = i < ordinals.Length && ordinals[i] == unit ? i : -1;
            }

            if (entry >= 0)
            {
                sum += source.Weight * source.Impacts.Values[entry];
            }
        }

        return Widen(sum);
    }

    /// <summary>
    /// The bound of every unit set in <paramref name="matched"/> into <paramref name="sums"/> (indexed by unit),
    /// list by list: for a union of many words, where each unit holds few of them, this reads every entry once
    /// instead of asking every list about every unit.
    /// </summary>
    public void Sum(ReadOnlySpan<ulong> matched, Span<float> sums)
    {
        for (var w = 0; w < matched.Length; w++)
        {
            for (var bits = matched[w]; bits != 0; bits &= bits - 1)
            {
                sums[(w << 6) | System.Numerics.BitOperations.TrailingZeroCount(bits)] = 0;
            }
        }

        foreach (var source in sources)
        {
            var ordinals = source.Ordinals;
            var impacts = source.Impacts.Values;
            var weight = source.Weight;
            for (var i = 0; i < ordinals.Length; i++)
            {
                var o = ordinals[i];
                if ((matched[o >> 6] & (1UL << (o & 63))) != 0)
                {
                    sums[o] += weight * impacts[i];
                }
            }
        }

        for (var w = 0; w < matched.Length; w++)
        {
            for (var bits = matched[w]; bits != 0; bits &= bits - 1)
            {
                var unit = (w << 6) | System.Numerics.BitOperations.TrailingZeroCount(bits);
                sums[unit] = Widen(sums[unit]);
            }
        }
    }

    private static int LowerBound(int[] ordinals, int value)
    {
        int low = 0, high = ordinals.Length;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (ordinals[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A bound made safe against the rounding of its float arithmetic (sums of at most a few dozen terms).</summary>
    private static float Widen(float bound) => (bound * (1 + 1e-5f)) + 1e-6f;

    /// <summary>One list's impacts and what an impact byte is worth; <see cref="Dense"/> when membership is a bit test.</summary>
    private readonly record struct Source(int[] Ordinals, PostingList? Dense, Impacts Impacts, float Weight);
}
