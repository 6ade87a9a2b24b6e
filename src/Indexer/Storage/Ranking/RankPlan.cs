using System.Runtime.InteropServices;

namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// Describes one query to the ranking function: what each phrase of the FTS5 expression is, the IDF of every
/// query word and bigram, and the BM25F parameters. Phrases must be added in the order they appear in the
/// expression, which is how FTS5 numbers them.
/// </summary>
internal sealed class RankPlan(RankParameters parameters, double averageLength)
{
    private readonly List<RankPlanPhrase> phrases = [];
    private readonly List<double> termIdf = [];
    private readonly List<RankPlanPair> pairs = [];

    /// <summary>The most query words a plan holds: they are tracked in a 64-bit mask.</summary>
    public const int MaxTerms = 64;

    /// <summary>Number of query words.</summary>
    public int TermCount => termIdf.Count;

    /// <summary>Number of phrases added.</summary>
    public int PhraseCount => phrases.Count;

    /// <summary>Declares a query word; returns its index.</summary>
    public int AddTerm(double idf)
    {
        if (termIdf.Count >= MaxTerms)
        {
            throw new InvalidOperationException($"a rank plan holds at most {MaxTerms} words");
        }

        termIdf.Add(idf);
        return termIdf.Count - 1;
    }

    /// <summary>Records the next phrase of the expression as an occurrence of word <paramref name="term"/>.</summary>
    public void AddTermPhrase(int term) => phrases.Add(new RankPlanPhrase { Role = (int)PhraseRole.Term, Term = term });

    /// <summary>Records the next phrase of the expression as a key, a quoted phrase or an exclusion.</summary>
    public void AddPhrase(PhraseRole role, double idf) => phrases.Add(new RankPlanPhrase { Role = (int)role, Term = -1, Idf = idf });

    /// <summary>Declares that <paramref name="first"/> followed by <paramref name="second"/> is a bigram with this IDF.</summary>
    public void AddPair(int first, int second, double idf) => pairs.Add(new RankPlanPair { First = first, Second = second, Idf = idf });

    /// <summary>The plan as the blob passed to the ranking function.</summary>
    public byte[] ToBlob()
    {
        var header = new RankPlanHeader
        {
            K1 = parameters.K1,
            B = parameters.B,
            AverageLength = Math.Max(1, averageLength),
            NumberBoost = parameters.NumberBoost,
            WeightNumber = 0,
            WeightTitle = parameters.WeightTitle,
            WeightHeading = parameters.WeightHeading,
            WeightBody = parameters.WeightBody,
            WeightRefs = parameters.WeightRefs,
            PhraseCount = phrases.Count,
            TermCount = termIdf.Count,
            PairCount = pairs.Count,
        };

        var size = Marshal.SizeOf<RankPlanHeader>() + (phrases.Count * Marshal.SizeOf<RankPlanPhrase>())
                   + (termIdf.Count * sizeof(double)) + (pairs.Count * Marshal.SizeOf<RankPlanPair>());
        var blob = new byte[size];
        var span = blob.AsSpan();
        MemoryMarshal.Write(span, in header);
        span = span[Marshal.SizeOf<RankPlanHeader>()..];
        MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(phrases)).CopyTo(span);
        span = span[(phrases.Count * Marshal.SizeOf<RankPlanPhrase>())..];
        MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(termIdf)).CopyTo(span);
        span = span[(termIdf.Count * sizeof(double))..];
        MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(pairs)).CopyTo(span);
        return blob;
    }
}
