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

    /// <summary>
    /// What the relevance of a provision counts for when its document has ended as a whole (Hết hiệu lực toàn bộ):
    /// the provision in force that says nearly the same comes first ("gửi báo cáo về Sở Tư pháp trước ngày 15 tháng
    /// 11": the replacing quy chế's clause, 0.86 of the ended one's score, before it), while an ended provision that
    /// alone answers stays where its words put it. A provision the query names is never moved.
    /// </summary>
    public double EndedWeight { get; init; } = 0.8;

    /// <summary>
    /// What the relevance of a unit that only frames the provisions counts for: a chapter's heading, the title of a
    /// quy chế a decision issues, a document's closing ("Nơi nhận" and signature). Each repeats the document's title
    /// words in a few lines, so it outranked the articles that answer. A chapter named by its heading, or a signer
    /// by name, is still found there when nothing else holds the words.
    /// </summary>
    public double FramingWeight { get; init; } = 0.5;

    /// <summary>Added once when the unit belongs to a document whose own number the query names.</summary>
    public double NumberBoost { get; init; } = 1000.0;

    /// <summary>
    /// Added, when too few units hold every word and the search was relaxed to any word, to those that hold them
    /// all: above <see cref="NumberBoost"/>, so they come first, the named document's own among them first.
    /// </summary>
    public double AllWordsBoost { get; init; } = 2000.0;
}
