namespace LawMonitor.Indexer.Monitoring.Detectors;

/// <summary>Thresholds of the overlap and contradiction detectors (settings; every default documented).</summary>
public sealed record OverlapSettings
{
    /// <summary>Words per shingle (5).</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>An article needs at least this many distinct shingles to be compared (12: shorter ones are formulas).</summary>
    public int MinShingles { get; init; } = 12;

    /// <summary>MinHash bands × rows: 16 × 4 = 64 hashes (at most 256); pairs above ~0.5 Jaccard become candidates.</summary>
    public int Bands { get; init; } = 16;

    public int Rows { get; init; } = 4;

    /// <summary>A bucket shared by more articles than this is a formula repeated everywhere, not an overlap (50).</summary>
    public int MaxBucket { get; init; } = 50;

    /// <summary>Exact Jaccard similarity of shingles from which two articles overlap (0.6).</summary>
    public double OverlapThreshold { get; init; } = 0.6;

    /// <summary>Similarity from which two articles that differ in numbers, dates or deadlines are a contradiction candidate (0.45).</summary>
    public double ContradictionThreshold { get; init; } = 0.45;

    /// <summary>From this many overlapping articles, two documents get one finding for all of them (5).</summary>
    public int CollapseAt { get; init; } = 5;

    /// <summary>Article headings that are formulas of every document (effect, implementation), never compared.</summary>
    public IReadOnlyList<string> FormulaHeadings { get; init; } = ["hiệu lực", "trách nhiệm thi hành", "tổ chức thực hiện", "điều khoản thi hành", "thi hành"];

    public static OverlapSettings Default { get; } = new();
}
