namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>Thresholds of the overlap and contradiction detectors (settings; every default documented).</summary>
public sealed record OverlapSettings
{
    /// <summary>Words per shingle (5).</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>
    /// A provision (clause, point, outline item, article without clauses) needs at least this many words to be
    /// compared (12: about a line; shorter ones are titles and formulas). Measured on the planted corpus and the
    /// demo corpus (docs/benchmarks.md, Detectors).
    /// </summary>
    public int MinWords { get; init; } = 12;

    /// <summary>MinHash bands × rows: 16 × 4 = 64 hashes (at most 256); pairs above ~0.5 Jaccard become candidates.</summary>
    public int Bands { get; init; } = 16;

    public int Rows { get; init; } = 4;

    /// <summary>
    /// A bucket shared by more provisions than this is a formula repeated everywhere, not an overlap (12: with
    /// clauses as units, a wording in more than a dozen documents is boilerplate; at 100,000 articles of the
    /// benchmark's recombined corpus it cut the time from 37 to 25 s against 50; docs/benchmarks.md, Detectors).
    /// </summary>
    public int MaxBucket { get; init; } = 12;

    /// <summary>Exact Jaccard similarity of shingles from which two articles overlap (0.6).</summary>
    public double OverlapThreshold { get; init; } = 0.6;

    /// <summary>
    /// Similarity of wording (numbers and dates masked) from which two provisions that differ in numbers, dates or
    /// deadlines are a contradiction candidate (0.5: the same rule with another figure scores near 1, or about
    /// 0.55 with a few words inserted, as the demo corpus's reporting deadlines; the numbers and dates of cited
    /// documents are not facts that can differ, see Facts).
    /// </summary>
    public double ContradictionThreshold { get; init; } = 0.5;

    /// <summary>From this many overlapping articles, two documents get one finding for all of them (5).</summary>
    public int CollapseAt { get; init; } = 5;

    /// <summary>Article headings that are formulas of every document (effect, implementation), never compared.</summary>
    public IReadOnlyList<string> FormulaHeadings { get; init; } = ["hiệu lực", "trách nhiệm thi hành", "tổ chức thực hiện", "điều khoản thi hành", "thi hành", "giải thích từ ngữ"];

    /// <summary>Phrases of the formulas every decision repeats; a provision stating one is not compared.</summary>
    public IReadOnlyList<string> FormulaPhrases { get; init; } = ["có hiệu lực kể từ ngày", "có hiệu lực thi hành kể từ ngày", "chịu trách nhiệm thi hành", "có hiệu lực từ ngày ký"];

    public static OverlapSettings Default { get; } = new();
}
