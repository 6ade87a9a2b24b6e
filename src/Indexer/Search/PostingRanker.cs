using System.Buffers;
using System.Numerics;
using LawMonitor.Indexer.Storage.Postings;
using LawMonitor.Indexer.Storage.Ranking;

namespace LawMonitor.Indexer.Search;

/// <summary>
/// Matches and ranks one query of words over its cached posting lists: the same matches, scores and order
/// as FTS5 with <c>lm_rank</c> (the scoring is <see cref="RankScore"/>, shared with it). Two passes:
/// <list type="number">
/// <item><b>Match</b> into a bitmap of the universe: clauses whose words are all common are intersected as
/// bitmaps, a machine word at a time; the other clauses are walked from the one with the fewest units,
/// checking the rest fewest first by galloping; a query of one clause of alternatives (a relaxed question)
/// is the union of its words; exclusions and a document filter are cleared from it. Totals and facets are
/// counted from the bitmap (a document's units are one run of it), exactly.</item>
/// <item><b>Score the best</b> by blocks of 64 units (<see cref="ScoreBounds"/>): each block with a match is
/// bounded by the greatest impacts of the query's words and bigrams in it; blocks are taken highest bound
/// first (a counting sort into buckets) until a block cannot reach the worst of the best kept; in a block, a
/// unit is scored exactly only when its own bound can. Of a hundred thousand matches, a few hundred are scored.</item>
/// </list>
/// </summary>
internal sealed unsafe class PostingRanker
{
    /// <summary>Buckets the block bounds are sorted into.</summary>
    private const int Buckets = 1024;

    private readonly PostingList[] lists;
    private readonly int[][] clauses;
    private readonly int[] excluded;
    private readonly int[] termLists;
    private readonly PostingUniverse universe;
    private readonly HashSet<long>? documents;
    private readonly MatchCollector matches;
    private readonly ScoreBounds.PairSource pairs;
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
    /// <param name="matches">Receives the count of matching units and their documents.</param>
    /// <param name="limit">How many of the best to keep.</param>
    /// <param name="pairs">The impacts of a bigram of two of <paramref name="lists"/>, for the bounds.</param>
    public PostingRanker(
        PostingList[] lists, int[][] clauses, int[] excluded, int[] termLists, PostingUniverse universe,
        HashSet<long>? documents, MatchCollector matches, int limit, ScoreBounds.PairSource pairs)
    {
        this.lists = lists;
        this.clauses = clauses;
        this.excluded = excluded;
        this.termLists = termLists;
        this.universe = universe;
        this.documents = documents;
        this.matches = matches;
        this.pairs = pairs;
        best = new TopCandidates(limit);
        cursors = new int[lists.Length];
        termTf = new double[termLists.Length];
        termStart = new int[termLists.Length];
        termEnd = new int[termLists.Length];
    }

    /// <summary>
    /// The quoted phrases and keys: each one's index among the rank plan's phrases and its list (<see cref="PhrasePostings"/>),
    /// in the plan's order, the order <c>lm_rank</c> adds them in.
    /// </summary>
    public (int PlanPhrase, int List)[] Phrases { get; init; } = [];

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
            var words = (universe.Count + 63) >> 6;
            var rented = ArrayPool<ulong>.Shared.Rent(words);
            try
            {
                var matched = rented.AsSpan(0, words);
                var union = Match(matched);
                var count = Count(matched);
                ScoreBest(plan, matched, count, union);
                return best.Sorted();
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Sets in <paramref name="matched"/> every matching unit; whether the query is one clause of alternatives.</summary>
    private bool Match(Span<ulong> matched)
    {
        var union = false;
        var dense = clauses.Where(c => c.All(l => lists[l].IsDense)).ToArray();
        var sparse = clauses.Where(c => !c.All(l => lists[l].IsDense)).OrderBy(c => c.Sum(l => (long)lists[l].Count)).ToArray();
        matched.Clear();
        if (sparse.Length == 0)
        {
            Intersect(dense, matched);
        }
        else if (sparse.Length == 1 && dense.Length == 0 && sparse[0].Length > 1)
        {
            union = true;
            foreach (var l in sparse[0])
            {
                Set(matched, lists[l]);
            }
        }
        else if (dense.Length == 0)
        {
            Walk(sparse, null, matched);
        }
        else
        {
            var mask = ArrayPool<ulong>.Shared.Rent(matched.Length);
            try
            {
                Intersect(dense, mask.AsSpan(0, matched.Length));
                Walk(sparse, mask, matched);
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(mask);
            }
        }

        foreach (var l in excluded)
        {
            var list = lists[l];
            if (list.IsDense)
            {
                AndNot(matched, list.Bits!);
                continue;
            }

            foreach (var o in list.Ordinals)
            {
                matched[o >> 6] &= ~(1UL << (o & 63));
            }
        }

        if (documents is not null)
        {
            KeepDocuments(matched);
        }

        return union;
    }

    /// <summary>The AND of the clauses of common words (each the OR of its words) into <paramref name="mask"/>.</summary>
    private void Intersect(int[][] dense, Span<ulong> mask)
    {
        mask.Clear();
        foreach (var l in dense[0])
        {
            Or(mask, lists[l].Bits!);
        }

        foreach (var clause in dense.Skip(1))
        {
            if (clause.Length == 1)
            {
                And(mask, lists[clause[0]].Bits!);
                continue;
            }

            var either = ArrayPool<ulong>.Shared.Rent(mask.Length);
            try
            {
                var span = either.AsSpan(0, mask.Length);
                span.Clear();
                foreach (var l in clause)
                {
                    Or(span, lists[l].Bits!);
                }

                And(mask, span);
            }
            finally
            {
                ArrayPool<ulong>.Shared.Return(either);
            }
        }
    }

    /// <summary>The walk: units of the rarest clause that every other clause (and the mask of common ones) holds.</summary>
    private void Walk(int[][] sparse, ulong[]? mask, Span<ulong> matched)
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
                matched[unit >> 6] |= 1UL << (unit & 63);
            }

            foreach (var l in driver)
            {
                cursors[l] = lists[l].Seek(cursors[l], next);
            }
        }
    }

    /// <summary>Clears the units of documents the filter leaves out.</summary>
    private void KeepDocuments(Span<ulong> matched)
    {
        var ids = universe.DocumentIds;
        var starts = universe.DocumentStarts;
        for (var d = 0; d < ids.Length; d++)
        {
            if (!documents!.Contains(ids[d]))
            {
                ClearRange(matched, starts[d], starts[d + 1]);
            }
        }
    }

    /// <summary>Counts the matching units and records them and their documents; the count.</summary>
    private long Count(ReadOnlySpan<ulong> matched)
    {
        var units = 0L;
        foreach (var word in matched)
        {
            units += BitOperations.PopCount(word);
        }

        var found = new List<long>();
        if (units > 0)
        {
            var ids = universe.DocumentIds;
            var starts = universe.DocumentStarts;
            for (var d = 0; d < ids.Length; d++)
            {
                if (AnyInRange(matched, starts[d], starts[d + 1]))
                {
                    found.Add(ids[d]);
                }
            }
        }

        matches.Record(units, found);
        return units;
    }

    /// <summary>
    /// Scores the matches that can reach the best: all of them when they are few or unbounded; for a union,
    /// unit by unit from the highest bound down; else block by block from the highest bound down, and within
    /// a block only the units whose own bound can. Either stops where no bound can reach the worst of a full
    /// best list.
    /// </summary>
    private void ScoreBest(RankPlanView plan, ReadOnlySpan<ulong> matched, long count, bool union)
    {
        var maxWeight = Math.Max(0, columnWeight.Max());
        var bounds = count > best.Limit ? ScoreBounds.For(plan, columnWeight, lists, termLists, universe, pairs, Phrases) : null;
        if (bounds is null)
        {
            for (var w = 0; w < matched.Length; w++)
            {
                for (var bits = matched[w]; bits != 0; bits &= bits - 1)
                {
                    Score((w << 6) | BitOperations.TrailingZeroCount(bits), plan, maxWeight);
                }
            }

            return;
        }

        if (union)
        {
            ScoreUnion(plan, matched, (int)count, bounds, maxWeight);
            return;
        }

        // The blocks with a match and their bounds, then a counting sort by bucket, highest first.
        var blocks = new List<(int Block, float Bound)>();
        var highest = 0f;
        for (var w = 0; w < matched.Length; w++)
        {
            if (matched[w] != 0)
            {
                var bound = bounds.Block(w);
                blocks.Add((w, bound));
                highest = Math.Max(highest, bound);
            }
        }

        var scale = highest > 0 ? Buckets / highest : 0;
        var starts = new int[Buckets + 2]; // slot s holds bucket Buckets - s; one more for the end
        foreach (var (_, bound) in blocks)
        {
            starts[Buckets - BucketOf(bound, scale)]++;
        }

        for (int s = 0, sum = 0; s < starts.Length; s++)
        {
            (starts[s], sum) = (sum, sum + starts[s]);
        }

        var order = new int[blocks.Count];
        var fill = (int[])starts.Clone();
        foreach (var (block, bound) in blocks)
        {
            order[fill[Buckets - BucketOf(bound, scale)]++] = block;
        }

        var blockBound = new float[matched.Length];
        foreach (var (block, bound) in blocks)
        {
            blockBound[block] = bound;
        }

        foreach (var block in order)
        {
            if (best.IsFull && blockBound[block] < best.Worst.Score)
            {
                // Blocks come in bucket order: the rest of this bucket may still bound higher, later buckets cannot.
                if (BucketCeiling(blockBound[block], scale) < best.Worst.Score)
                {
                    return;
                }

                continue;
            }

            bounds.Enter(block);
            for (var bits = matched[block]; bits != 0; bits &= bits - 1)
            {
                var unit = (block << 6) | BitOperations.TrailingZeroCount(bits);
                if (!best.IsFull || bounds.Unit(unit) >= best.Worst.Score)
                {
                    Score(unit, plan, maxWeight);
                }
            }
        }
    }

    /// <summary>
    /// A union of many words: a block holds most of them somewhere, so block bounds say little. Every match's
    /// own bound is summed list by list; matches are scored highest bound first (a counting sort into buckets).
    /// </summary>
    private void ScoreUnion(RankPlanView plan, ReadOnlySpan<ulong> matched, int count, ScoreBounds bounds, double maxWeight)
    {
        var sums = ArrayPool<float>.Shared.Rent(universe.Count);
        var order = ArrayPool<int>.Shared.Rent(count);
        try
        {
            bounds.Sum(matched, sums);
            var highest = 0f;
            for (var w = 0; w < matched.Length; w++)
            {
                for (var bits = matched[w]; bits != 0; bits &= bits - 1)
                {
                    highest = Math.Max(highest, sums[(w << 6) | BitOperations.TrailingZeroCount(bits)]);
                }
            }

            var scale = highest > 0 ? Buckets / highest : 0;
            var starts = new int[Buckets + 2]; // slot s holds bucket Buckets - s; one more for the end
            for (var w = 0; w < matched.Length; w++)
            {
                for (var bits = matched[w]; bits != 0; bits &= bits - 1)
                {
                    starts[Buckets - BucketOf(sums[(w << 6) | BitOperations.TrailingZeroCount(bits)], scale)]++;
                }
            }

            for (int s = 0, sum = 0; s < starts.Length; s++)
            {
                (starts[s], sum) = (sum, sum + starts[s]);
            }

            var fill = (int[])starts.Clone();
            for (var w = 0; w < matched.Length; w++)
            {
                for (var bits = matched[w]; bits != 0; bits &= bits - 1)
                {
                    var unit = (w << 6) | BitOperations.TrailingZeroCount(bits);
                    order[fill[Buckets - BucketOf(sums[unit], scale)]++] = unit;
                }
            }

            for (var slot = 0; slot <= Buckets; slot++)
            {
                if (best.IsFull && starts[slot] < starts[slot + 1] && BucketCeiling(sums[order[starts[slot]]], scale) < best.Worst.Score)
                {
                    return;
                }

                for (var k = starts[slot]; k < starts[slot + 1]; k++)
                {
                    if (!best.IsFull || sums[order[k]] >= best.Worst.Score)
                    {
                        Score(order[k], plan, maxWeight);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(sums);
            ArrayPool<int>.Shared.Return(order);
        }
    }

    private static int BucketOf(float bound, float scale) => Math.Clamp((int)(bound * scale), 0, Buckets);

    /// <summary>The greatest bound a block in the same bucket as <paramref name="bound"/> can have (with room for rounding).</summary>
    private static double BucketCeiling(float bound, float scale) =>
        scale > 0 ? (BucketOf(bound, scale) + 1) / (double)scale * (1 + 1e-5) : double.PositiveInfinity;

    /// <summary>Scores a counted unit exactly and offers it to the best (entries found in any order).</summary>
    private void Score(int unit, RankPlanView plan, double maxWeight)
    {
        var rowId = universe.RowIds[unit];
        matches.Scored++;
        var used = 0;
        for (var t = 0; t < termLists.Length; t++)
        {
            var list = lists[termLists[t]];
            var entry = list.Find(unit);
            var tf = 0.0;
            termStart[t] = used;
            if (entry >= 0)
            {
                var from = list.Starts[entry];
                var occurrences = list.Starts[entry + 1] - from;
                if (used + occurrences > positions.Length)
                {
                    Array.Resize(ref positions, Math.Max(positions.Length * 2, used + occurrences));
                }

                for (var k = 0; k < occurrences; k++)
                {
                    var position = positions[used++] = list.Positions[from + k];
                    tf += columnWeight[position >> 24];
                }
            }

            termTf[t] = tf;
            termEnd[t] = used + 1;
        }

        var norm = RankScore.Norm(plan.Header, rowId);
        var phrases = PhraseScore(unit, plan, norm, out var ownNumber); // added first, phrase by phrase, as lm_rank adds them
        var boost = ownNumber ? plan.Header->NumberBoost : 0;
        if (!best.IsFull || phrases + RankScore.WordsBound(plan, termTf, termStart, termEnd, maxWeight, norm) + boost >= best.Worst.Score)
        {
            var score = phrases + RankScore.Words(plan, termTf, termStart, termEnd, positions.AsSpan(0, used), columnWeight, norm);
            best.Offer(new SearchEngine.Candidate(rowId, ownNumber ? score + plan.Header->NumberBoost : score));
        }
    }

    /// <summary>
    /// What the quoted phrases and keys add to <paramref name="unit"/>'s score: each one's weighted occurrences,
    /// saturated; a key in the unit's own number column counts nothing there but sets <paramref name="ownNumber"/>.
    /// </summary>
    private double PhraseScore(int unit, RankPlanView plan, double norm, out bool ownNumber)
    {
        ownNumber = false;
        var score = 0.0;
        foreach (var (planPhrase, l) in Phrases)
        {
            var list = lists[l];
            var entry = list.Find(unit);
            var key = (PhraseRole)plan.Phrases[planPhrase].Role == PhraseRole.Key;
            var tf = 0.0;
            if (entry >= 0)
            {
                for (var k = list.Starts[entry]; k < list.Starts[entry + 1]; k++)
                {
                    var column = list.Positions[k] >> 24;
                    if (key && column == (int)IndexColumn.Number)
                    {
                        ownNumber = true;
                        continue;
                    }

                    tf += columnWeight[column];
                }
            }

            score += RankScore.Saturate(plan.Phrases[planPhrase].Idf, tf, plan.Header->K1, norm);
        }

        return score;
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

    private static void Set(Span<ulong> target, PostingList list)
    {
        if (list.IsDense)
        {
            Or(target, list.Bits!);
            return;
        }

        foreach (var o in list.Ordinals)
        {
            target[o >> 6] |= 1UL << (o & 63);
        }
    }

    /// <summary>Whether any bit from <paramref name="from"/> up to <paramref name="to"/> (exclusive) is set.</summary>
    private static bool AnyInRange(ReadOnlySpan<ulong> bits, int from, int to)
    {
        if (from >= to)
        {
            return false;
        }

        int first = from >> 6, last = (to - 1) >> 6;
        var head = ulong.MaxValue << (from & 63);
        var tail = ulong.MaxValue >> (63 - ((to - 1) & 63));
        if (first == last)
        {
            return (bits[first] & head & tail) != 0;
        }

        if ((bits[first] & head) != 0 || (bits[last] & tail) != 0)
        {
            return true;
        }

        for (var w = first + 1; w < last; w++)
        {
            if (bits[w] != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clears the bits from <paramref name="from"/> up to <paramref name="to"/> (exclusive).</summary>
    private static void ClearRange(Span<ulong> bits, int from, int to)
    {
        if (from >= to)
        {
            return;
        }

        int first = from >> 6, last = (to - 1) >> 6;
        var head = ulong.MaxValue << (from & 63);
        var tail = ulong.MaxValue >> (63 - ((to - 1) & 63));
        if (first == last)
        {
            bits[first] &= ~(head & tail);
            return;
        }

        bits[first] &= ~head;
        bits[(first + 1)..last].Clear();
        bits[last] &= ~tail;
    }

    private static void Or(Span<ulong> target, ReadOnlySpan<ulong> bits)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] |= bits[i];
        }
    }

    private static void And(Span<ulong> target, ReadOnlySpan<ulong> bits)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= bits[i];
        }
    }

    private static void AndNot(Span<ulong> target, ReadOnlySpan<ulong> bits)
    {
        for (var i = 0; i < target.Length; i++)
        {
            target[i] &= ~bits[i];
        }
    }
}
