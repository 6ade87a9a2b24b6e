using LawMonitor.Indexer.Model;
using LawMonitor.Indexer.Outcomes;

namespace LawMonitor.Indexer.Ingestion;

/// <summary>The outcome for one file: ok (with the document and version) or failed with a stable code and a message a person can act on.</summary>
/// <param name="Name">The file name.</param>
/// <param name="SourceKey">Where it came from.</param>
/// <param name="Status">What happened.</param>
public sealed record IngestResult(string Name, string SourceKey, IngestStatus Status)
{
    /// <summary>Whether the file is in the index (added, new version, re-parsed, unchanged, or a duplicate of one that is).</summary>
    public bool Ok => Status != IngestStatus.Failed;

    /// <summary>The document the file is (for a duplicate, the document that already has these bytes).</summary>
    public DocumentId? DocumentId { get; init; }

    /// <summary>The version the file is.</summary>
    public int? Version { get; init; }

    /// <summary>The error code when failed: one of <see cref="Parsing.ExtractionErrorCodes"/>.</summary>
    public string? Code { get; init; }

    /// <summary>What is wrong and what to do, when failed; what it duplicates, for a duplicate.</summary>
    public string? Message { get; init; }

    /// <summary>Warnings that did not stop the file.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>What reading it learnt (format, pages, OCR), when it was read.</summary>
    public ExtractionFacts? Facts { get; init; }

    /// <summary>The number, type and title found, when it was read.</summary>
    public string? Number { get; init; }

    public string? Type { get; init; }

    public string? Title { get; init; }

    /// <summary>Provisions and citations found.</summary>
    public int Provisions { get; init; }

    public int Citations { get; init; }

    /// <summary>
    /// For a document read again by a newer parser, the provisions whose path moved (parser 10: a plan's "Khoản 2" is
    /// now "Mục I.2"); null when nothing moved. What the registers and watches say of the old paths is moved with them.
    /// </summary>
    public Legal.ProvisionPathChanges? Moves { get; init; }

    /// <summary>Time spent on this file.</summary>
    public TimeSpan Elapsed { get; init; }

    public static IngestResult Failure(IngestInput input, string code, string message, TimeSpan elapsed) =>
        new(input.Name, input.SourceKey, IngestStatus.Failed) { Code = code, Message = message, Elapsed = elapsed };
}
