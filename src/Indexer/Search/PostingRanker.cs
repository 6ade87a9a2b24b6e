using System.Numerics;
using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Ranking;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// Matches and ranks one query of words over its cached posting lists: the same matches, scores and order
/// as FTS5 with <c>lm_rank</c> (the scoring is <see cref="RankScore"/>, shared with it). Clauses whose words
/// are all common are intersected as bitmaps, a machine word at a time; the other clauses are walked from
/// the one with the fewest units, checking the rest fewest first by galloping. A unit whose score bound
/// cannot make the best is counted without its bigrams being walked.
/// </summary>
internal sealed unsafe class PostingRanker
{
    private readonly PostingList[] lists;
    private readonly int[][] sparse;
    private readonly int[] excludedByUnit;
    private readonly int[] termLists;
    private readonly ulong[]? mask;
    private readonly PostingUniverse universe;
    private readonly HashSet<long>? documents;
    private readonly MatchCollector matches;
    private readonly TopCandidates best;
    private readonly int[] cursors;
    private readonly double[] termTf;
    private readonly int[] termStart;
    private readonly int[] termEnd;
    private readonly double[] columnWeight = new double[5];
    private int[] positions = new int[256];

    /// <param name="lists">The posting lists the query names.</param>
    /// <param name="clauses">Required clauses: indexes into <paramref name="lists"/> of alternative words.</param>
    /// <param name="excluded">Indexes of words that must not occur.</param>
    /// <param name="termLists">For each word of the rank plan, the index of its list.</param>
    /// <param name="universe">The units the lists number.</param>
    /// <param name="documents">When filtered: the documents whose units may match.</param>
    /// <param name="matches">Receives every matching unit, in rowid order.</param>
    /// <param name="limit">How many of the best to keep.</param>
    public PostingRanker(
        PostingList[] lists, int[][] clauses, int[] excluded, int[] termLists, PostingUniverse universe,
        HashSet<long>? documents, MatchCollector matches, int limit)
    {
        this.lists = lists;
        this.termLists = termLists;
        this.universe = universe;
        this.documents = documents;
        this.matches = matches;
        best = new TopCandidates(limit);
        cursors = new int[lists.Length];
        termTf = new double[termLists.Length];
        termStart = new int[termLists.Length];
        termEnd = new int[termLists.Length];

        // Clauses of common words only become one bitmap (their AND, less common excluded words); the rest are walked.
        var dense = clauses.Where(c => c.All(l => lists[l].IsDense)).ToList();
        sparse = clauses.Where(c => !c.All(l => lists[l].IsDense)).OrderBy(c => c.Sum(l => (long)lists[l].Count)).ToArray();
        excludedByUnit = excluded.Where(l => dense.Count == 0 || !lists[l].IsDense).ToArray(); // without a mask, every exclusion is checked unit by unit
        if (dense.Count > 0)
        {
            mask = new ulong[(universe.Count + 63) / 64];
            var first = true;
            foreach (var clause in dense)
            {
                var either = new ulong[mask.Length];
                foreach (var l in clause)
                {
                    Or(either, lists[l].Bits!);
                }

                if (first)
                {
                    either.CopyTo(mask, 0);
                    first = false;
                }
                else
                {
                    And(mask, either);
                }
            }

            foreach (var l in excluded.Where(l => lists[l].IsDense))
            {
                AndNot(mask, lists[l].Bits!);
            }
        }
    }

    /// <summary>Runs the query with the rank plan <paramref name="planBlob"/>; the best units, best first.</summary>
    public List<SearchEngine.Candidate> Run(byte[] planBlob)
    {
        fixed (byte* blob = planBlob)
        {
            if (!RankPlanView.TryRead(blob, planBlob.Length, out var plan) || plan.Header->TermCount != termLists.Length)
            {
                throw new InvalidOperationException("the rank plan does not describe the query's words");
            }

            RankScore.ColumnWeights(plan.Header, columnWeight);
            var maxWeight = Math.Max(0, columnWeight.Max());
            if (sparse.Length == 0)
            {
                // Every clause is common words: the mask is the answer, unit by unit.
                for (var w = 0; w < mask!.Length; w++)
                {
                    for (var bits = mask[w]; bits != 0; bits &= bits - 1)
                    {
                        Consider((w << 6) | BitOperations.TrailingZeroCount(bits), plan, maxWeight);
                    }
                }
            }
            else
            {
                Walk(plan, maxWeight);
            }
        }

        return best.Sorted();
    }

    private void Walk(RankPlanView plan, double maxWeight)
    {
        var driver = sparse[0];
        while (true)
        {
            // The next unit of the driving clause: the least ordinal among its words' cursors.
            var unit = int.MaxValue;
            foreach (var l in driver)
            {
                if (cursors[l] < lists[l].Count)
                {
                    unit = Math.Min(unit, lists[l].Ordinals[cursors[l]]);
                }
            }

            if (unit == int.MaxValue)
            {
                return;
            }

            // Leapfrog: the first clause without this unit says where the next candidate can be.
            var next = unit + 1;
            var accepted = mask is null || (mask[unit >> 6] & (1UL << (unit & 63))) != 0;
            for (var c = 1; accepted && c < sparse.Length; c++)
            {
                if (!Has(sparse[c], unit, out var nextOfClause))
                {
                    accepted = false;
                    next = nextOfClause;
                }
            }

            if (accepted)
            {
                Consider(unit, plan, maxWeight);
            }

            foreach (var l in driver)
            {
                cursors[l] = lists[l].Seek(cursors[l], next);
            }
        }
    }

    /// <summary>A unit every clause matched: checks the filter and the sparse exclusions, counts it, scores it if it can make the best.</summary>
    private void Consider(int unit, RankPlanView plan, double maxWeight)
    {
        var rowId = universe.RowIds[unit];
        if (documents is not null && !documents.Contains(LengthNorm.DocumentId(rowId)))
        {
            return;
        }

        foreach (var l in excludedByUnit)
        {
            if (Entry(l, unit) >= 0)
            {
                return;
            }
        }

        matches.Add(rowId);
        var used = 0;
        for (var t = 0; t < termLists.Length; t++)
        {
            var list = lists[termLists[t]];
            var entry = Entry(termLists[t], unit);
            var tf = 0.0;
            termStart[t] = used;
            if (entry >= 0)
            {
                var from = list.Starts[entry];
                var count = list.Starts[entry + 1] - from;
                if (used + count > positions.Length)
                {
                    Array.Resize(ref positions, Math.Max(positions.Length * 2, used + count));
                }

                for (var k = 0; k < count; k++)
                {
                    var position = positions[used++] = list.Positions[from + k];
                    tf += columnWeight[position >> 24];
                }
            }

            termTf[t] = tf;
            termEnd[t] = used + 1;
        }

        var norm = RankScore.Norm(plan.Header, rowId);
        if (!best.IsFull || RankScore.WordsBound(plan, termTf, termStart, termEnd, maxWeight, norm) >= best.Worst.Score)
        {
            best.Offer(new SearchEngine.Candidate(rowId, RankScore.Words(plan, termTf, termStart, termEnd, positions.AsSpan(0, used), columnWeight, norm)));
        }
    }

    /// <summary>Whether any word of <paramref name="clause"/> occurs in <paramref name="unit"/>; if none does, the least unit after it that one might.</summary>
    private bool Has(int[] clause, int unit, out int next)
    {
        next = int.MaxValue;
        foreach (var l in clause)
        {
            var list = lists[l];
            if (list.IsDense)
            {
                if (list.IndexOf(unit) >= 0)
                {
                    return true;
                }

                next = unit + 1;
                continue;
            }

            var i = cursors[l] = list.Seek(cursors[l], unit);
            if (i < list.Count)
            {
                var ordinal = list.Ordinals[i];
                if (ordinal == unit)
                {
                    return true;
                }

                next = Math.Min(next, ordinal);
            }
        }

        return false;
    }

    /// <summary>The entry of <paramref name="unit"/> in list <paramref name="l"/>, or -1 (moving the list's cursor when it is searched).</summary>
    private int Entry(int l, int unit)
    {
        var list = lists[l];
        if (list.IsDense)
        {
            return list.IndexOf(unit);
        }

        var i = cursors[l] = list.Seek(cursors[l], unit);
        return i < list.Count && list.Ordinals[i] == unit ? i : -1;
    }

    private static void Or(ulong[] target, ulong[] bits)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] |= bits[i];
        }
    }

    private static void And(ulong[] target, ulong[] bits)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= bits[i];
        }
    }

    private static void AndNot(ulong[] target, ulong[] bits)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= ~bits[i];
        }
    }
}
