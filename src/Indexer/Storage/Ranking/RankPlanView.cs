namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// A rank plan blob read in place: the header and pointers to its phrases, word IDFs and bigram pairs. The
/// blob must stay pinned (or be SQLite's own argument memory) while the view is used.
/// </summary>
internal readonly unsafe struct RankPlanView
{
    private RankPlanView(RankPlanHeader* header)
    {
        Header = header;
        Phrases = (RankPlanPhrase*)(header + 1);
        TermIdf = (double*)(Phrases + header->PhraseCount);
        Pairs = (RankPlanPair*)(TermIdf + header->TermCount);
    }

    public RankPlanHeader* Header { get; }

    public RankPlanPhrase* Phrases { get; }

    public double* TermIdf { get; }

    public RankPlanPair* Pairs { get; }

    /// <summary>Reads a plan of <paramref name="size"/> bytes; false when the sizes do not add up.</summary>
    public static bool TryRead(byte* blob, int size, out RankPlanView view)
    {
        view = default;
        if (blob == null || size < sizeof(RankPlanHeader))
        {
            return false;
        }

        var h = (RankPlanHeader*)blob;
        if (h->PhraseCount < 0 || h->TermCount is < 0 or > RankPlan.MaxTerms || h->PairCount < 0
            || size != sizeof(RankPlanHeader) + (h->PhraseCount * sizeof(RankPlanPhrase)) + (h->TermCount * sizeof(double)) + (h->PairCount * sizeof(RankPlanPair)))
        {
            return false;
        }

        view = new RankPlanView(h);
        return true;
    }
}
