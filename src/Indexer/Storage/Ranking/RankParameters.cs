namespace LawMonitor.Indexer.Storage.Ranking;

/// <summary>
/// Parameters of LawMonitor's BM25F ranking. Column weights multiply term frequencies (BM25F); the
/// heading weighs double because an article's title names what it regulates.
/// </summary>
internal sealed record RankParameters
{
    /// <summary>The defaults used by search and evaluation.</summary>
    public static RankParameters Default { get; } = new();

    /// <summary>Term-frequency saturation.</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>Length normalisation.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>Weight of matches in the document title.</summary>
    public double WeightTitle { get; init; } = 1.0;

    /// <summary>Weight of matches in the unit's label and heading.</summary>
    public double WeightHeading { get; init; } = 2.0;

    /// <summary>Weight of matches in the unit's text.</summary>
    public double WeightBody { get; init; } = 1.0;

    /// <summary>Weight of number and date keys mentioned in the text.</summary>
    public double WeightRefs { get; init; } = 1.0;

    /// <summary>Added once when the unit belongs to a document whose own number the query names.</summary>
    public double NumberBoost { get; init; } = 1000.0;
}
