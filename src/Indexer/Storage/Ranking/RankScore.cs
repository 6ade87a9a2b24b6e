namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// The arithmetic of <c>lm_rank</c> once a unit's word positions are gathered, shared by the FTS5 function
/// and by ranking from cached postings so that both give the same score to the last bit: BM25F per query
/// word, plus bigrams found from positions (adjacent query words in query order).
/// </summary>
internal static unsafe class RankScore
{
    /// <summary>BM25's length normalisation for the unit whose FTS rowid is <paramref name="rowId"/>.</summary>
    public static double Norm(RankPlanHeader* h, long rowId)
    {
        var length = LengthNorm.Decode(LengthNorm.Code(rowId));
        return h->K1 * (1 - h->B + (h->B * length / h->AverageLength));
    }

    /// <summary>The weight of each index column, by <see cref="IndexColumn"/>.</summary>
    public static void ColumnWeights(RankPlanHeader* h, Span<double> weights)
    {
        weights[(int)IndexColumn.Number] = h->WeightNumber;
        weights[(int)IndexColumn.Title] = h->WeightTitle;
        weights[(int)IndexColumn.Heading] = h->WeightHeading;
        weights[(int)IndexColumn.Body] = h->WeightBody;
        weights[(int)IndexColumn.Refs] = h->WeightRefs;
    }

    /// <summary>
    /// The score of the query words and bigrams: word <c>t</c> occurs with weighted frequency <c>termTf[t]</c> at
    /// <c>positions[termStart[t] .. termEnd[t]-1)</c>, each position <c>(column &lt;&lt; 24) | offset</c>, ascending.
    /// </summary>
    public static double Words(
        RankPlanView plan, ReadOnlySpan<double> termTf, ReadOnlySpan<int> termStart, ReadOnlySpan<int> termEnd,
        ReadOnlySpan<int> positions, ReadOnlySpan<double> columnWeight, double norm)
    {
        var h = plan.Header;
        var score = 0.0;
        for (var t = 0; t < h->TermCount; t++)
        {
            score += Saturate(plan.TermIdf[t], termTf[t], h->K1, norm);
        }

        // Bigrams: positions of the pair's second word whose predecessor holds the first word (both lists sorted).
        for (var p = 0; p < h->PairCount; p++)
        {
            var pair = plan.Pairs[p];
            if ((uint)pair.First >= (uint)h->TermCount || (uint)pair.Second >= (uint)h->TermCount)
            {
                continue;
            }

            int a = termStart[pair.First], aEnd = termEnd[pair.First] - 1, b = termStart[pair.Second], bEnd = termEnd[pair.Second] - 1;
            var tf = 0.0;
            while (a < aEnd && b < bEnd)
            {
                var want = positions[b] - 1;
                if (positions[a] < want)
                {
                    a++;
                }
                else
                {
                    if (positions[a] == want)
                    {
                        tf += columnWeight[positions[b] >> 24];
                    }

                    b++;
                }
            }

            score += Saturate(pair.Idf, tf, h->K1, norm);
        }

        return score;
    }

    /// <summary>
    /// A bound that <see cref="Words"/> never exceeds for the same unit, from the words' frequencies and
    /// position counts alone: a bigram occurs at most as often as its rarer word, each time weighing at most
    /// <paramref name="maxWeight"/>. It lets a search skip the bigram walk of a unit that cannot make the top.
    /// </summary>
    public static double WordsBound(RankPlanView plan, ReadOnlySpan<double> termTf, ReadOnlySpan<int> termStart, ReadOnlySpan<int> termEnd, double maxWeight, double norm)
    {
        var h = plan.Header;
        var bound = 0.0;
        for (var t = 0; t < h->TermCount; t++)
        {
            bound += Saturate(plan.TermIdf[t], termTf[t], h->K1, norm);
        }

        for (var p = 0; p < h->PairCount; p++)
        {
            var pair = plan.Pairs[p];
            if ((uint)pair.First < (uint)h->TermCount && (uint)pair.Second < (uint)h->TermCount)
            {
                var occurrences = Math.Min(termEnd[pair.First] - 1 - termStart[pair.First], termEnd[pair.Second] - 1 - termStart[pair.Second]);
                bound += Saturate(Math.Max(0, pair.Idf), occurrences * maxWeight, h->K1, norm);
            }
        }

        return (bound * (1 + 1e-9)) + 1e-12; // rounding can only make the real sum differ in the last bits
    }

    /// <summary>BM25's saturation of a (weighted) frequency.</summary>
    public static double Saturate(double idf, double tf, double k1, double norm) =>
        tf <= 0 ? 0 : idf * tf * (k1 + 1) / (tf + norm);

    /// <summary>A position as the scorer stores it.</summary>
    public static int Pack(int column, int offset) => (column << 24) | Math.Min(offset, 0xFFFFFF);
}
