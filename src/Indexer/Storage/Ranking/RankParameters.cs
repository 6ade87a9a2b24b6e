namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// Parameters of LawMonitor's BM25F ranking. Column weights multiply term frequencies (BM25F); the
/// heading weighs five times the body because an article's title names what it regulates, and a short
/// question names the same thing ("Điều kiện để giải quyết tranh chấp bằng trọng tài là gì?" against
/// "Điều 5. Điều kiện giải quyết tranh chấp bằng Trọng tài"). Tuned on ../shared/eval/alqac-dev only
/// (docs/benchmarks.md, "Relevance"): heading 5 and b 0.65 lift nDCG@10 from 0.9166 / 0.9146 to
/// 0.9228 / 0.9235, and the neighbours (heading 4–6, b 0.6–0.7) all stay above 0.92.
/// </summary>
internal sealed record RankParameters
{
    /// <summary>The defaults used by search and evaluation.</summary>
    public static RankParameters Default { get; } = new();

    /// <summary>Term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>Length normalisation: below BM25's usual 0.75, so a long article that answers (a definitions article) is not sunk by its length.</summary>
    public double B { get; init; } = 0.65;

    /// <summary>Weight of matches in the document title.</summary>
    public double WeightTitle { get; init; } = 1.0;

    /// <summary>Weight of matches in the unit's label and heading.</summary>
    public double WeightHeading { get; init; } = 5.0;

    /// <summary>Weight of matches in the unit's text.</summary>
    public double WeightBody { get; init; } = 1.0;

    /// <summary>Weight of number and date keys mentioned in the text.</summary>
    public double WeightRefs { get; init; } = 1.0;

    /// <summary>Added once when the unit belongs to a document whose own number the query names.</summary>
    public double NumberBoost { get; init; } = 1000.0;
}
