using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// The binary layout of a rank plan as the ranking function reads it: a header, the phrases of the FTS5
/// expression in order, the IDF of each query word, then the bigram pairs.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
internal struct RankPlanHeader
{
    public double K1;
    public double B;
    public double AverageLength;
    public double NumberBoost;
    public double WeightNumber;
    public double WeightTitle;
    public double WeightHeading;
    public double WeightBody;
    public double WeightRefs;
    public int PhraseCount;
    public int TermCount;
    public int PairCount;
    public int Reserved;
}

/// <summary>One phrase of the FTS5 expression, in expression order.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
internal struct RankPlanPhrase
{
    public int Role;
    public int Term;
    public double Idf;
}

/// <summary>Two query words that, adjacent in this order, form a bigram.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
internal struct RankPlanPair
{
    public int First;
    public int Second;
    public double Idf;
}
