namespace LawMonitor.Indexer.Tests.Legal.Golden;

/// <summary>
/// What a person reading one file of <c>../shared/corpus-real</c> finds in it, written by hand in
/// <c>TestData/golden/*.json</c>: the metadata (null where the file does not state it), the provisions per
/// level, a sample of citations, and text that must or must not survive extraction.
/// </summary>
public sealed record GoldenDocument
{
    /// <summary>The file, relative to corpus-real.</summary>
    public required string File { get; init; }

    /// <summary>What the reader saw, in a sentence or two: why the expectations are what they are.</summary>
    public required string Reading { get; init; }

    public required string Format { get; init; }

    public required GoldenMetadata Metadata { get; init; }

    /// <summary>Nodes per level ("Chapter", "Article", "Clause", "Point", "Part", "Section", "Subsection"); absent levels are 0.</summary>
    public required Dictionary<string, int> Provisions { get; init; }

    /// <summary>
    /// Provisions the reader counts that extraction does not recover, per level, with the reason in
    /// <see cref="Reading"/> (a heading OCR cannot read): what is found must be the count minus these, exactly.
    /// </summary>
    public Dictionary<string, int> ProvisionsMissed { get; init; } = [];

    /// <summary>
    /// Metadata fields ("signer", "signerTitle") that the reader makes out but extraction cannot (an illegible
    /// signature on a scan): they must come back unknown, never guessed.
    /// </summary>
    public List<string> Unread { get; init; } = [];

    /// <summary>Paths that must exist, with their heading (empty when the node has none).</summary>
    public Dictionary<string, string> Headings { get; init; } = [];

    public List<GoldenCitation> Citations { get; init; } = [];

    public List<string> TextIncludes { get; init; } = [];

    public List<string> TextExcludes { get; init; } = [];

    /// <summary>Pages read by OCR, for scans.</summary>
    public int? OcrPages { get; init; }
}
